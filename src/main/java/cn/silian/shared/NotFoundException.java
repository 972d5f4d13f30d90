package cn.silian.shared;

/**
 * The object does not exist, or the caller may not know that it exists. Services throw the
 * same exception in both cases so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String objectType, Object id) {
        super(objectType + " " + id + " not found");
    }
}
