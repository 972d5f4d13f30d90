package cn.silian.people;

/** A person and his phone (masked as the caller may see it), for matching an imported sheet. */
public record PersonContact(Long id, String name, String phone, Long streetId) {
}
