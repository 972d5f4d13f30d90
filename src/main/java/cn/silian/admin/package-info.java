/**
 * Administration screens that combine several modules: accounts bound to streets and deputy
 * records. The rules stay in {@code security.AccountService}; this module only composes views.
 */
package cn.silian.admin;
