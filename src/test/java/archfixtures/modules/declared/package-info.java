/** A module that says what it may use. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package archfixtures.modules.declared;
