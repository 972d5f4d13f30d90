package cn.silian.stations;

/**
 * What anybody may know of a station: the name and address printed on its public notice, and
 * its street, so that the public intake form can file what a visitor says for that street.
 */
public record PublicStation(long id, String name, String address, long streetId, String community) {
}
