package cn.silian.documents;

import cn.silian.meetings.MeetingDetails;
import cn.silian.meetings.MeetingRights;
import cn.silian.meetings.MeetingService;
import cn.silian.opinions.SuggestionRights;
import cn.silian.opinions.SuggestionService;
import cn.silian.security.AccountService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Role;
import cn.silian.security.Roles;
import cn.silian.security.SilianUser;
import cn.silian.shared.AuditEvent;
import cn.silian.shared.Formats;
import cn.silian.shared.InputRules;
import cn.silian.shared.InvalidInputException;
import cn.silian.shared.Message;
import cn.silian.shared.NotFoundException;
import cn.silian.shared.Pages;
import cn.silian.shared.PersonName;
import cn.silian.stations.RosterService;
import cn.silian.stations.StationService;
import cn.silian.topics.GroupRights;
import cn.silian.topics.GroupService;
import jakarta.persistence.criteria.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Documents of a space and their versions. Every read, download and upload first asks whether
 * the caller may use the document's space; a document he may not read is "not found", exactly
 * like one that does not exist, so ids cannot be probed.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    static final String TYPE = "Document";
    public static final int FOLDER_MAX = 200;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int TAGS_MAX = 300;
    private static final int SUGGESTION_BATCH = 500;

    private final DocumentRepository documents;
    private final DocumentVersionRepository versions;
    private final DocumentStorage storage;
    private final GroupService groups;
    private final MeetingService meetings;
    private final StationService stations;
    private final RosterService roster;
    private final SuggestionService suggestions;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    // not final: tests lower them for a moment rather than start another application context
    private long maxFileBytes;
    private long maxSpaceBytes;

    DocumentService(DocumentRepository documents, DocumentVersionRepository versions, DocumentStorage storage,
                    GroupService groups, MeetingService meetings, StationService stations, RosterService roster,
                    SuggestionService suggestions, AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events,
                    @Value("${silian.documents.max-file-size:50MB}") DataSize maxFileSize,
                    @Value("${silian.documents.max-space-size:2GB}") DataSize maxSpaceSize) {
        this.documents = documents;
        this.versions = versions;
        this.storage = storage;
        this.groups = groups;
        this.meetings = meetings;
        this.stations = stations;
        this.roster = roster;
        this.suggestions = suggestions;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.maxFileBytes = maxFileSize.toBytes();
        this.maxSpaceBytes = maxSpaceSize.toBytes();
    }

    // ---- reading ---------------------------------------------------------------------------

    /** Whether the caller may read a space; the views use it to offer the space at all. */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayRead(Space space) {
        return access(space).read();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayWrite(Space space) {
        return access(space).write();
    }

    /** A page of a space's documents; {@code folder} null for all, blank for those in no folder. */
    @PreAuthorize(Roles.SIGNED_IN)
    public Slice<DocumentRow> page(Space space, String folder, Pageable pageable) {
        requireRead(space);
        Access access = access(space);
        Pageable sorted = Pages.sorted(pageable, Sort.by(Sort.Direction.DESC, "updatedAt"));
        Slice<Document> page = documents.findBy(listed(space, folder), q -> q.slice(sorted));
        Map<Long, DocumentVersion> latest = latest(page.getContent());
        Map<String, PersonName> names = names(page.getContent(), latest.values());
        return page.map(d -> toRow(d, latest.get(d.getId()), mayChange(access, d), names));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public long count(Space space, String folder) {
        requireRead(space);
        return documents.count(listed(space, folder));
    }

    /** The folders in use in a space, by name. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<String> folders(Space space) {
        requireRead(space);
        return documents.foldersIn(space.kind(), space.id());
    }

    /**
     * A space's documents outside the bin, in one folder or all. Each condition is a plain
     * comparison, so the database answers from the index on (space, bin, updated) alone.
     */
    private static Specification<Document> listed(Space space, String folder) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("spaceKind"), space.kind()));
            where.add(space.id() == null ? cb.isNull(root.get("spaceId")) : cb.equal(root.get("spaceId"), space.id()));
            where.add(cb.isNull(root.get("deletedAt")));
            if (folder != null) {
                String name = folder.strip();
                where.add(name.isEmpty() ? cb.isNull(root.get("folder")) : cb.equal(root.get("folder"), name));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** A space's name as its readers know it (the library's is the views' to say). */
    @PreAuthorize(Roles.SIGNED_IN)
    public String spaceTitle(Space space) {
        requireRead(space);
        SilianUser me = currentUser.require();
        return switch (space.kind()) {
            case LIBRARY -> "";
            case GROUP -> groups.get(space.id()).summary().name();
            case MEETING -> meetings.get(space.id()).summary().title();
            case STATION -> me.is(Role.DEPUTY) && me.deputyId() != null
                    ? roster.membershipsOf(me.deputyId()).stream().filter(m -> Objects.equals(m.stationId(), space.id()))
                            .map(m -> m.stationName()).findFirst().orElse("")
                    : stations.get(space.id()).summary().name();
            case SUGGESTION -> suggestions.get(space.id()).title();
        };
    }

    /** Whether the caller may withdraw a meeting's internal materials now: he runs it and it is over. */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean mayWithdraw(Space space) {
        if (space.kind() != SpaceKind.MEETING || !access(space).read()) {
            return false;
        }
        MeetingDetails meeting = meetings.get(space.id());
        return meeting.rights().manage() && !meeting.summary().endsAt().isAfter(LocalDateTime.now(Formats.ZONE));
    }

    /** Whether the caller is a deputy: his station pages are his own, not the staff's. */
    @PreAuthorize(Roles.SIGNED_IN)
    public boolean isDeputy() {
        return currentUser.require().is(Role.DEPUTY);
    }

    /** The largest file an upload may be, for the upload field to say and check early. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The spaces the caller may read, for the search to filter on. */
    ReadableSpaces readableSpaces() {
        SilianUser me = currentUser.require();
        if (me.isOfficeOrAdmin()) {
            return ReadableSpaces.ALL;
        }
        Set<Long> stationIds = new HashSet<>();
        if (me.is(Role.STREET_STAFF)) {
            stationIds.addAll(stations.idsOfCallersStreet());
        } else if (me.is(Role.DEPUTY) && me.deputyId() != null) {
            roster.membershipsOf(me.deputyId()).stream().filter(m -> m.leftOn() == null)
                    .forEach(m -> stationIds.add(m.stationId()));
        }
        if (me.is(Role.UNIT)) {
            return new ReadableSpaces(false, false, Set.of(), Set.of(), Set.of(), readableSuggestionSpaces());
        }
        return new ReadableSpaces(false, true, groups.workspacesOfCaller(), meetings.idsOfCaller(), stationIds,
                readableSuggestionSpaces());
    }

    /**
     * The suggestions with attachments that the caller may see. Only suggestions that hold
     * documents are asked about, a slice at a time, so a deputy's search does not carry every
     * published suggestion of every year; the office never comes here (it reads all).
     */
    private Set<Long> readableSuggestionSpaces() {
        List<Long> withDocuments = documents.spacesWithDocuments(SpaceKind.SUGGESTION);
        Set<Long> readable = new HashSet<>();
        for (int from = 0; from < withDocuments.size(); from += SUGGESTION_BATCH) {
            readable.addAll(suggestions.visibleIds(withDocuments.subList(from,
                    Math.min(withDocuments.size(), from + SUGGESTION_BATCH))));
        }
        return readable;
    }

    /** Rows of documents found by the search, which has already filtered them by the caller's spaces. */
    Map<Long, DocumentRow> rows(Collection<Long> ids) {
        List<Document> found = documents.findAllById(ids).stream().filter(d -> !d.deleted()).toList();
        Map<Long, DocumentVersion> latest = latest(found);
        Map<String, PersonName> names = names(found, latest.values());
        return found.stream().collect(Collectors.toMap(Document::getId, d -> toRow(d, latest.get(d.getId()), false, names)));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public DocumentRow get(long documentId) {
        Document d = readable(documentId);
        DocumentVersion latest = versions.findFirstByDocumentIdOrderByNumberDesc(d.getId()).orElse(null);
        return toRow(d, latest, mayChange(access(d.space()), d), names(List.of(d), latest == null ? List.of() : List.of(latest)));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    public List<VersionRow> versions(long documentId) {
        readable(documentId);
        List<DocumentVersion> all = versions.findByDocumentIdOrderByNumberDesc(documentId);
        Map<String, PersonName> names = names(List.of(), all);
        return all.stream().map(v -> v.toRow(names)).toList();
    }

    /** A version to download; every download is recorded in the audit trail: who took which file out. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public Download open(long documentId, int versionNumber) {
        Document d = readable(documentId);
        DocumentVersion v = versions.findByDocumentIdAndNumber(documentId, versionNumber)
                .orElseThrow(() -> new NotFoundException(TYPE, documentId + "/" + versionNumber));
        if (d.withdrawn() && !currentUser.require().isOfficeOrAdmin()) {
            throw new InvalidInputException("document", "documents.withdrawn");
        }
        audit(AuditEvent.Action.DOWNLOAD, d.getId(),
                Message.of("audit.document.downloaded", v.fileName(), v.number()), null, null);
        String key = v.storageKey();
        return new Download(v.fileName(), v.contentType(), v.sizeBytes(), v.sha256(), d.internal(), () -> storage.open(key));
    }

    // ---- writing ---------------------------------------------------------------------------

    /** Stores a new document with its first version; nothing is kept when anything is refused. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public long upload(Space space, String folder, String title, String description, String tags, boolean internal,
                       String fileName, InputStream content) {
        if (!access(space).write()) {
            requireRead(space);
            throw new AccessDeniedException("may not upload to " + space);
        }
        checkDescription(folder, title, description, tags);
        String name = UploadRules.fileName(fileName);
        Received file = receive(space, name, content);
        Document d = new Document(space, InputRules.clean(folder), title.strip(),
                InputRules.clean(description), InputRules.clean(tags), internal, currentUser.username());
        d.setContentText(text(file));
        d = documents.save(d);
        DocumentVersion v = versions.save(new DocumentVersion(d.getId(), 1, name, file.type(), file.stored(),
                currentUser.username()));
        audit(AuditEvent.Action.CREATE, d.getId(), Message.of("audit.document.uploaded", d.title()), null, describe(v));
        return d.getId();
    }

    /** Adds a newer version; the older ones stay. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int uploadVersion(long documentId, long version, String fileName, InputStream content) {
        Document d = writable(documentId);
        d.checkVersion(version);
        String name = UploadRules.fileName(fileName);
        int number = versions.findFirstByDocumentIdOrderByNumberDesc(documentId).map(DocumentVersion::number).orElse(0) + 1;
        Received file = receive(d.space(), name, content);
        DocumentVersion v = versions.save(new DocumentVersion(d.getId(), number, name, file.type(), file.stored(),
                currentUser.username()));
        d.setContentText(text(file));
        d.touch();
        audit(AuditEvent.Action.UPDATE, d.getId(), Message.of("audit.document.new-version", d.title(), number), null,
                describe(v));
        return number;
    }

    /**
     * Makes an old version the newest again, as a copy: the history stays as it was and shows
     * who brought the old content back, and when.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int restoreVersion(long documentId, long version, int number) {
        Document d = writable(documentId);
        d.checkVersion(version);
        DocumentVersion old = versions.findByDocumentIdAndNumber(documentId, number)
                .orElseThrow(() -> new NotFoundException(TYPE, documentId + "/" + number));
        int next = versions.findFirstByDocumentIdOrderByNumberDesc(documentId).map(DocumentVersion::number).orElse(0) + 1;
        Received file;
        try (InputStream in = storage.open(old.storageKey())) {
            file = receive(d.space(), old.fileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentVersion v = versions.save(new DocumentVersion(d.getId(), next, old.fileName(), file.type(), file.stored(),
                currentUser.username()));
        d.setContentText(text(file));
        d.touch();
        audit(AuditEvent.Action.UPDATE, d.getId(),
                Message.of("audit.document.version-restored", d.title(), number, next), null, describe(v));
        return next;
    }

    /** Changes a document's folder, title, description, tags and whether it is internal. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void describe(long documentId, long version, String folder, String title, String description, String tags,
                         boolean internal) {
        Document d = writable(documentId);
        d.checkVersion(version);
        checkDescription(folder, title, description, tags);
        String before = d.folder() + " | " + d.title() + " | internal=" + d.internal();
        d.describe(InputRules.clean(folder), title.strip(), InputRules.clean(description), InputRules.clean(tags), internal);
        audit(AuditEvent.Action.UPDATE, d.getId(), Message.of("audit.document.described", d.title()), before,
                d.folder() + " | " + d.title() + " | internal=" + d.internal());
    }

    /**
     * After a meeting, its organiser (or the office) takes its internal materials back: they stay
     * listed but are no longer handed out. Returns how many were withdrawn.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int withdrawInternal(long meetingId) {
        MeetingDetails meeting = meetings.get(meetingId);
        if (!meeting.rights().manage()) {
            throw new AccessDeniedException("not the meeting's organiser");
        }
        if (meeting.summary().endsAt().isAfter(LocalDateTime.now(Formats.ZONE))) {
            throw new InvalidInputException("document", "documents.withdraw-before-end");
        }
        List<Document> internal = documents.internalIn(SpaceKind.MEETING, meetingId);
        internal.forEach(d -> {
            d.withdraw(currentUser.username());
            audit(AuditEvent.Action.UPDATE, d.getId(), Message.of("audit.document.withdrawn", d.title()), null, null);
        });
        return internal.size();
    }

    /** Moves a document to the bin; the office can restore it until the bin is emptied. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void softDelete(long documentId, long version) {
        Document d = writable(documentId);
        d.checkVersion(version);
        d.delete(currentUser.username());
        audit(AuditEvent.Action.DELETE, d.getId(), Message.of("audit.document.binned", d.title()), d.title(), null);
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    public Slice<DocumentRow> bin(Pageable pageable) {
        Slice<Document> page = documents.inBin(pageable);
        Map<Long, DocumentVersion> latest = latest(page.getContent());
        Map<String, PersonName> names = names(page.getContent(), latest.values());
        return page.map(d -> toRow(d, latest.get(d.getId()), false, names));
    }

    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public void restore(long documentId) {
        Document d = documents.findById(documentId).filter(Document::deleted)
                .orElseThrow(() -> new NotFoundException(TYPE, documentId));
        d.restore();
        audit(AuditEvent.Action.UPDATE, d.getId(), Message.of("audit.document.restored", d.title()), null, d.title());
    }

    /** Deletes everything in the bin for good; the files go once the deletion is committed. */
    @PreAuthorize(Roles.OFFICE_OR_ADMIN)
    @Transactional
    public int emptyBin() {
        List<Document> binned = documents.allInBin();
        if (binned.isEmpty()) {
            return 0;
        }
        List<DocumentVersion> files = versions.findByDocumentIdIn(binned.stream().map(Document::getId).toList());
        List<String> keys = files.stream().map(DocumentVersion::storageKey).toList();
        versions.deleteAll(files);
        for (Document d : binned) {
            audit(AuditEvent.Action.DELETE, d.getId(), Message.of("audit.document.deleted", d.title()), d.title(), null);
        }
        documents.deleteAll(binned);
        afterCommit(() -> keys.forEach(this::deleteQuietly));
        return binned.size();
    }

    private static void checkDescription(String folder, String title, String description, String tags) {
        InputRules.checker()
                .text("folder", folder, false, FOLDER_MAX)
                .text("title", title, true, TITLE_MAX)
                .multiline("description", description, false, DESCRIPTION_MAX)
                .text("tags", tags, false, TAGS_MAX)
                .throwIfAny();
    }

    // ---- storing ---------------------------------------------------------------------------

    private record Received(String type, DocumentStorage.StoredObject stored) {
    }

    /** Checks and stores the bytes before any row is written, so a refused file leaves no record. */
    private Received receive(Space space, String name, InputStream content) {
        long spaceLeft = maxSpaceBytes - versions.bytesInSpace(space.kind(), space.id());
        long limit = Math.min(maxFileBytes, spaceLeft);
        if (limit <= 0) {
            throw new InvalidInputException("file", "documents.space-full", DataSize.ofBytes(maxSpaceBytes).toMegabytes());
        }
        BufferedInputStream in = new BufferedInputStream(content);
        String type = UploadRules.contentType(in, name);
        DocumentStorage.StoredObject stored;
        try {
            stored = storage.put(in, limit);
        } catch (DocumentStorage.TooLargeException e) {
            throw limit < maxFileBytes
                    ? new InvalidInputException("file", "documents.space-full", DataSize.ofBytes(maxSpaceBytes).toMegabytes())
                    : new InvalidInputException("file", "documents.too-large", DataSize.ofBytes(maxFileBytes).toMegabytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored.size() == 0) {
            deleteQuietly(stored.key());
            throw new InvalidInputException("file", "documents.empty-file");
        }
        // A rolled-back transaction must not leave a file nobody refers to.
        onRollback(() -> deleteQuietly(stored.key()));
        return new Received(type, stored);
    }

    /** The text for the index, read back from storage so that the upload stream is read once. */
    private String text(Received file) {
        if (!TextExtraction.reads(file.type())) {
            return null;
        }
        try (InputStream in = storage.open(file.stored().key())) {
            return TextExtraction.text(in, file.type());
        } catch (IOException e) {
            return null;
        }
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException e) {
            // an orphaned file wastes space but harms nobody; the row is what grants access
        }
    }

    private static void onRollback(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        action.run();
                    }
                }
            });
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    // ---- access ----------------------------------------------------------------------------

    /**
     * read: list and open; write: upload; manage: change and delete anybody's documents (a group's
     * leader, a meeting's organisers, a station's staff, the office). Others change only their own.
     */
    private record Access(boolean read, boolean write, boolean manage) {
        static final Access NONE = new Access(false, false, false);
        static final Access FULL = new Access(true, true, true);
        static final Access CONTRIBUTE = new Access(true, true, false);
        static final Access READ = new Access(true, false, false);
    }

    private Access access(Space space) {
        SilianUser me = currentUser.require();
        if (me.isOfficeOrAdmin()) {
            return Access.FULL;
        }
        if (me.is(Role.UNIT) && space.kind() != SpaceKind.SUGGESTION) {
            // a handling unit sees the suggestions assigned to it and nothing of the district's own
            return Access.NONE;
        }
        try {
            return switch (space.kind()) {
                case LIBRARY -> Access.READ;
                case GROUP -> {
                    GroupRights rights = groups.get(space.id()).rights();
                    yield rights.manage() ? Access.FULL : rights.seeWork() ? Access.CONTRIBUTE : Access.NONE;
                }
                case MEETING -> {
                    MeetingRights rights = meetings.get(space.id()).rights();
                    yield rights.manage() ? Access.FULL : rights.invited() ? Access.CONTRIBUTE : Access.NONE;
                }
                case STATION -> stationAccess(me, space.id());
                case SUGGESTION -> {
                    SuggestionRights rights = suggestions.rightsOf(space.id());
                    yield rights.writeAttachments() ? Access.CONTRIBUTE : rights.read() ? Access.READ : Access.NONE;
                }
            };
        } catch (NotFoundException | AccessDeniedException e) {
            return Access.NONE;
        }
    }

    private Access stationAccess(SilianUser me, long stationId) {
        if (me.is(Role.STREET_STAFF)) {
            stations.get(stationId);
            return Access.FULL;
        }
        if (me.is(Role.DEPUTY) && me.deputyId() != null) {
            boolean onRoster = roster.membershipsOf(me.deputyId()).stream()
                    .anyMatch(m -> m.leftOn() == null && Objects.equals(m.stationId(), stationId));
            return onRoster ? Access.CONTRIBUTE : Access.NONE;
        }
        return Access.NONE;
    }

    private void requireRead(Space space) {
        if (!access(space).read()) {
            throw new NotFoundException("Space", space);
        }
    }

    private Document readable(long documentId) {
        Document d = documents.findById(documentId).filter(x -> !x.deleted())
                .orElseThrow(() -> new NotFoundException(TYPE, documentId));
        if (!access(d.space()).read()) {
            throw new NotFoundException(TYPE, documentId);
        }
        return d;
    }

    /** A document the caller may change: one he uploaded to a space he still writes to, or any he manages. */
    private Document writable(long documentId) {
        Document d = readable(documentId);
        if (!mayChange(access(d.space()), d)) {
            throw new AccessDeniedException("may not change document " + documentId);
        }
        return d;
    }

    private boolean mayChange(Access access, Document d) {
        return access.manage() || (access.write() && d.createdBy().equals(currentUser.username()));
    }

    // ---- rows and audit --------------------------------------------------------------------

    private Map<Long, DocumentVersion> latest(List<Document> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return versions.findByDocumentIdIn(page.stream().map(Document::getId).toList()).stream()
                .collect(Collectors.toMap(DocumentVersion::documentId, Function.identity(),
                        (a, b) -> a.number() >= b.number() ? a : b));
    }

    /** Who uploaded and who deleted, named as people know them, in one query for a page of rows. */
    private Map<String, PersonName> names(Collection<Document> found, Collection<DocumentVersion> versionsFound) {
        Set<String> people = new HashSet<>();
        found.forEach(d -> people.add(d.deletedBy()));
        versionsFound.forEach(v -> people.add(v.uploadedBy()));
        return accounts.names(people);
    }

    private static DocumentRow toRow(Document d, DocumentVersion latest, boolean changeable, Map<String, PersonName> names) {
        return new DocumentRow(d.getId(), d.getVersion(), d.folder(), d.title(), d.description(), d.tags(),
                d.internal(), d.withdrawn(), d.createdBy(), d.updatedAt(), names.get(d.deletedBy()), d.deletedAt(),
                latest == null ? null : latest.toRow(names), changeable);
    }

    private static String describe(DocumentVersion v) {
        return v.fileName() + " v" + v.number() + " " + v.sizeBytes() + " B sha256=" + v.sha256();
    }

    private void audit(AuditEvent.Action action, Long id, Message summary, String before, String after) {
        events.publishEvent(new AuditEvent(currentUser.username(), action, TYPE, String.valueOf(id), summary, before, after));
    }
}
