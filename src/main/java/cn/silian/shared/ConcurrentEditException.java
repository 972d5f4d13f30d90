package cn.silian.shared;

/**
 * Someone else saved the same object after this user opened it. Nothing was saved; the view
 * tells the user and offers to reload.
 */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String objectType, Object id) {
        super(objectType + " " + id + " was changed by someone else");
    }
}
