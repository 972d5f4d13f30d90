/** A module that leaves what it may use open: the rule must report it. */
@org.springframework.modulith.ApplicationModule(displayName = "undeclared")
package archfixtures.modules.undeclared;
