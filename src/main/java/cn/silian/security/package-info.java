/**
 * Accounts, roles, login with throttling, and the current user. Depends on no other module of
 * Silian: an account refers to its street and deputy by id only.
 */
package cn.silian.security;
