/**
 * Annual themes, research topics, topic groups and the deputies who research them together
 * (work in progress: the grouping assistant).
 */
package cn.silian.topics;
