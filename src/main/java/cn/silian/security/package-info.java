/**
 * Accounts, roles, login with throttling, and the current user. Depends on no other module of
 * Silian: an account refers to its street and deputy by id only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*"})
package cn.silian.security;
