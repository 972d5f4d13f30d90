/** The home page: what is the signed-in user's own — his profile and counts, later his meetings and groups. */
package cn.silian.home;
