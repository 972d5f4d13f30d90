/**
 * Classes that break Silian's architecture rules on purpose, so that ArchitectureTest can show each rule
 * reports a violation. Outside {@code cn.silian}: neither Spring, Vaadin ({@code vaadin.allowed-packages})
 * nor Spring Modulith sees them, and the real rules, which import {@code cn.silian}'s main classes only,
 * never meet them.
 */
package archfixtures;
