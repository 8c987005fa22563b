package org.zerodistance.service;

import java.util.List;
import org.jooq.DSLContext;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;

/** Adding, renaming and archiving communities; every record of the programme belongs to one. */
public final class CommunityService {

    private static final String ENTITY = "community";

    private final Database database;
    private final Auditor auditor;
    private final CommunityRepository communities = new CommunityRepository();

    public CommunityService(Database database, Auditor auditor) {
        this.database = database;
        this.auditor = auditor;
    }

    public List<Community> list(boolean includeArchived) {
        return database.read(ctx -> communities.findAll(ctx, includeArchived));
    }

    public Community add(String rawName) {
        String name = Community.validName(rawName);
        return database.inTransaction(ctx -> {
            requireFreeName(ctx, name);
            long id = communities.insert(ctx, name);
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, "name=" + name);
            return new Community(id, name, false);
        });
    }

    public Community rename(long id, String rawName) {
        String name = Community.validName(rawName);
        return database.inTransaction(ctx -> {
            Community before = require(ctx, id);
            if (before.name().equals(name)) {
                return before;
            }
            requireFreeName(ctx, name);
            communities.rename(ctx, id, name);
            auditor.record(ctx, AuditEntry.Action.UPDATE, ENTITY, id, "name: " + before.name() + " -> " + name);
            return new Community(id, name, before.archived());
        });
    }

    public void archive(long id) {
        setArchived(id, true);
    }

    public void restore(long id) {
        setArchived(id, false);
    }

    /** The community with exactly this name (archived ones too), or a refusal naming it. */
    public Community byName(String name) {
        String wanted = name == null ? "" : name.strip();
        return database.read(ctx -> communities.findByName(ctx, wanted))
                .orElseThrow(() -> new ServiceException("community.error.notFound", wanted));
    }

    private void setArchived(long id, boolean archived) {
        database.inTransactionDo(ctx -> {
            Community community = require(ctx, id);
            if (community.archived() != archived) {
                communities.setArchived(ctx, id, archived);
                auditor.record(ctx, archived ? AuditEntry.Action.ARCHIVE : AuditEntry.Action.RESTORE, ENTITY, id, "name=" + community.name());
            }
        });
    }

    private Community require(DSLContext ctx, long id) {
        return communities.findById(ctx, id).orElseThrow(() -> new ServiceException("community.error.notFound", String.valueOf(id)));
    }

    private void requireFreeName(DSLContext ctx, String name) {
        if (communities.findByName(ctx, name).isPresent()) {
            throw new ServiceException("community.error.duplicate", name);
        }
    }
}
