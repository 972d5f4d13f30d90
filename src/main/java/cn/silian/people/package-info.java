/**
 * The directory of deputies of the four levels and of the street representatives: people,
 * their seats, expertise, and contact details shown only to those who need them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared::*", "security", "streets"})
package cn.silian.people;
