package cn.silian.streets;

/** A street as every module sees it. */
public record StreetSummary(Long id, String code, String name) {
}
