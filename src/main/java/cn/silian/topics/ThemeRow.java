package cn.silian.topics;

public record ThemeRow(Long id, int year, String title, String description, long version) {
}
