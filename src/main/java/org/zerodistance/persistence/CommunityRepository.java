package org.zerodistance.persistence;

import static org.zerodistance.persistence.jooq.Tables.COMMUNITY;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.zerodistance.domain.Community;

/** Communities: stateless, works in the caller's transaction. */
public final class CommunityRepository {

    public List<Community> findAll(DSLContext ctx, boolean includeArchived) {
        var query = ctx.selectFrom(COMMUNITY);
        var where = includeArchived ? query.where() : query.where(COMMUNITY.ARCHIVED.isFalse());
        return where.orderBy(COMMUNITY.NAME).fetch(CommunityRepository::toDomain);
    }

    public Optional<Community> findById(DSLContext ctx, long id) {
        return ctx.selectFrom(COMMUNITY).where(COMMUNITY.ID.eq(id)).fetchOptional(CommunityRepository::toDomain);
    }

    public Optional<Community> findByName(DSLContext ctx, String name) {
        return ctx.selectFrom(COMMUNITY).where(COMMUNITY.NAME.eq(name)).fetchOptional(CommunityRepository::toDomain);
    }

    public long insert(DSLContext ctx, String name) {
        return ctx.insertInto(COMMUNITY, COMMUNITY.NAME).values(name).returning(COMMUNITY.ID).fetchOne(COMMUNITY.ID);
    }

    public void rename(DSLContext ctx, long id, String name) {
        ctx.update(COMMUNITY).set(COMMUNITY.NAME, name).where(COMMUNITY.ID.eq(id)).execute();
    }

    public void setArchived(DSLContext ctx, long id, boolean archived) {
        ctx.update(COMMUNITY).set(COMMUNITY.ARCHIVED, archived).where(COMMUNITY.ID.eq(id)).execute();
    }

    public int count(DSLContext ctx) {
        return ctx.fetchCount(COMMUNITY);
    }

    static Community toDomain(Record r) {
        return new Community(r.get(COMMUNITY.ID), r.get(COMMUNITY.NAME), r.get(COMMUNITY.ARCHIVED));
    }
}
