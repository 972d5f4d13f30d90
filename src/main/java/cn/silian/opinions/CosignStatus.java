package cn.silian.opinions;

/** A co-signer's answer to the invitation; only CONFIRMED ones count. */
public enum CosignStatus {
    INVITED, CONFIRMED, DECLINED;

    public String messageKey() {
        return "suggestion.cosign." + name();
    }
}
