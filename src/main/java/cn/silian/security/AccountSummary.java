package cn.silian.security;

/** An account as lists and forms show it. */
public record AccountSummary(Long id, String username, String displayName, Role role, Long streetId,
                             Long deputyId, Long unitId, boolean enabled, long version) {
}
