/**
 * The directory of deputies of the four levels and of the street representatives: people,
 * their seats, expertise, and contact details shown only to those who need them.
 */
package cn.silian.people;
