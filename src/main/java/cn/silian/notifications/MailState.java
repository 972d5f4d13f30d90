package cn.silian.notifications;

/** Whether a notice is still to be e-mailed. */
enum MailState {
    /** The recipient wanted no e-mail when it was written, or no mail server was configured. */
    NONE,
    PENDING,
    SENT
}
