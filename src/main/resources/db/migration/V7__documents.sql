-- Shared documents: each belongs to a space (a topic group, a meeting, a station or the
-- office library) and keeps every uploaded version. The bytes live in the document storage;
-- rows only name them by a random key.

CREATE TABLE document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    space_kind   VARCHAR(10)   NOT NULL,
    space_id     BIGINT        NULL,
    folder       VARCHAR(200)  NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(1000) NULL,
    tags         VARCHAR(300)  NULL,
    internal     BOOLEAN       NOT NULL,
    deleted_at   DATETIME(6)   NULL,
    deleted_by   VARCHAR(50)   NULL,
    created_by   VARCHAR(50)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_document_space ON document (space_kind, space_id, deleted_at);

CREATE TABLE document_version (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id   BIGINT        NOT NULL,
    number        INT           NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    uploaded_by   VARCHAR(50)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uk_document_version UNIQUE (document_id, number),
    CONSTRAINT uk_document_storage_key UNIQUE (storage_key),
    CONSTRAINT fk_version_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
