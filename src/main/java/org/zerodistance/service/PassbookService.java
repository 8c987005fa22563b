package org.zerodistance.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.Community;
import org.zerodistance.domain.MemberName;
import org.zerodistance.domain.PassbookEntry;
import org.zerodistance.domain.PassbookStatement;
import org.zerodistance.domain.Points;
import org.zerodistance.domain.PointsRule;
import org.zerodistance.domain.ServiceKind;
import org.zerodistance.domain.ServiceRecordDraft;
import org.zerodistance.domain.Texts;
import org.zerodistance.domain.Wording;
import org.zerodistance.persistence.CommunityRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.MemberNameRepository;
import org.zerodistance.persistence.MemberRepository;
import org.zerodistance.persistence.PassbookRepository;
import org.zerodistance.persistence.PointsRuleRepository;
import org.zerodistance.spreadsheet.PrintableTable;
import org.zerodistance.spreadsheet.PrintableTableWriter;

/**
 * The love-savings passbook (爱心储蓄存折): a member's statement, manual adjustments with a reason, reversing
 * entries for mistakes, the points rules of Settings, and the printable export.
 */
public final class PassbookService {

    private static final Logger LOG = LoggerFactory.getLogger(PassbookService.class);
    private static final String ENTITY = "service_record";
    /** A rule may give at most this many points per entry or per hour. */
    public static final BigDecimal MAX_RULE_POINTS = new BigDecimal("1000");

    private final Database database;
    private final Auditor auditor;
    private final PointsLedger ledger;
    private final PassbookRepository passbook = new PassbookRepository();
    private final PointsRuleRepository rules = new PointsRuleRepository();
    private final MemberNameRepository members = new MemberNameRepository();
    private final MemberRepository memberRecords = new MemberRepository();
    private final CommunityRepository communities = new CommunityRepository();

    public PassbookService(Database database, Auditor auditor, PointsLedger ledger) {
        this.database = database;
        this.auditor = auditor;
        this.ledger = ledger;
    }

    /** A member's statement: every entry with the running balance, quarterly subtotals and the balance. */
    public PassbookStatement statement(long memberId) {
        return database.read(ctx -> PassbookStatement.of(requireMember(ctx, memberId), passbook.entriesOf(ctx, memberId)));
    }

    /** A member's points balance (the page of a member shows it). */
    public BigDecimal balance(long memberId) {
        return database.read(ctx -> passbook.balance(ctx, memberId));
    }

    /** Members whose passbook can be opened: the community's (all when null) members not archived. */
    public List<MemberName> memberChoices(Long communityId) {
        return database.read(ctx -> members.list(ctx, communityId));
    }

    /**
     * Adds or takes away points by hand (kind ADJUSTMENT) with the reason written in the entry; the points are
     * the ones given, not from a rule.
     */
    public PassbookEntry adjust(long memberId, LocalDate date, BigDecimal points, String reason) {
        if (date == null) {
            throw new ServiceException("adjustment.error.dateRequired");
        }
        if (points == null || points.signum() == 0) {
            throw new ServiceException("adjustment.error.pointsRequired");
        }
        BigDecimal checked = Points.check(points);
        String why = Texts.required(reason, 500, "adjustment.error.reasonRequired", "adjustment.error.reasonTooLong");
        return database.inTransaction(ctx -> {
            MemberName member = requireMember(ctx, memberId);
            Long communityId = members.communitiesOfActive(ctx, List.of(memberId)).get(memberId);
            if (communityId == null) {
                throw new ServiceException("adjustment.error.memberArchived", member.name());
            }
            long id = ledger.record(ctx, new ServiceRecordDraft(communityId, memberId, date, ServiceKind.ADJUSTMENT, null, null,
                    checked, ServiceRecordDraft.Links.NONE, why));
            auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, "adjustment " + member.name() + " " + checked.toPlainString()
                    + ": " + why);
            return passbook.find(ctx, id).orElseThrow();
        });
    }

    /**
     * Corrects a mistaken entry with a reversing entry (kind REVERSAL, the points negated, dated {@code date});
     * the mistaken entry stays as it was. An entry is reversed at most once, and a reversal is not reversed.
     */
    public PassbookEntry reverse(long entryId, LocalDate date, String reason) {
        if (date == null) {
            throw new ServiceException("reversal.error.dateRequired");
        }
        String why = Texts.required(reason, 500, "reversal.error.reasonRequired", "reversal.error.reasonTooLong");
        try {
            return database.inTransaction(ctx -> {
                PassbookEntry entry = passbook.find(ctx, entryId)
                        .orElseThrow(() -> new ServiceException("reversal.error.notFound", "#" + entryId));
                if (entry.kind() == ServiceKind.REVERSAL) {
                    throw new ServiceException("reversal.error.isReversal", entry.id());
                }
                if (entry.reversed()) {
                    throw new ServiceException("reversal.error.alreadyReversed", entry.id());
                }
                if (date.isBefore(entry.date())) {
                    throw new ServiceException("reversal.error.beforeEntry", date, entry.date());
                }
                long id = ledger.record(ctx, new ServiceRecordDraft(entry.communityId(), entry.memberId(), date, ServiceKind.REVERSAL,
                        entry.description(), null, entry.points().negate(), ServiceRecordDraft.Links.reverses(entry.id()), why));
                auditor.record(ctx, AuditEntry.Action.CREATE, ENTITY, id, "reversal of #" + entry.id() + " ("
                        + entry.kind() + ", " + entry.points().toPlainString() + "): " + why);
                return passbook.find(ctx, id).orElseThrow();
            });
        } catch (IntegrityConstraintViolationException e) {
            // Another window reversed it between our check and our insert: the unique constraint kept the ledger right.
            LOG.info("Entry {} was reversed concurrently", entryId);
            throw new ServiceException("reversal.error.alreadyReversed", entryId);
        }
    }

    /** The points rules of Settings, one per kind that earns points. */
    public List<PointsRule> rules() {
        return database.read(rules::all);
    }

    /** Saves changed rules; entries already written keep the points they earned, new entries use the new rules. */
    public List<PointsRule> saveRules(List<PointsRule> changed) {
        for (PointsRule rule : changed) {
            if (!rule.kind().hasRule()) {
                throw new ServiceException("rules.error.kind", rule.kind().name());
            }
            if (rule.points() == null || rule.points().signum() < 0 || rule.points().compareTo(MAX_RULE_POINTS) > 0) {
                throw new ServiceException("rules.error.points", rule.kind().name(), MAX_RULE_POINTS);
            }
            Points.check(rule.points());
        }
        return database.inTransaction(ctx -> {
            for (PointsRule rule : changed) {
                PointsRule before = rules.find(ctx, rule.kind()).orElse(null);
                if (before != null && before.points().compareTo(rule.points()) == 0 && before.perHour() == rule.perHour()) {
                    continue;
                }
                rules.save(ctx, rule);
                auditor.record(ctx, AuditEntry.Action.UPDATE, "points_rule", null, rule.kind() + ": "
                        + (before == null ? "-" : describeRule(before)) + " -> " + describeRule(rule));
            }
            return rules.all(ctx);
        });
    }

    private static String describeRule(PointsRule rule) {
        return rule.points().toPlainString() + (rule.perHour() ? "/h" : "/entry");
    }

    /** How an entry reads in a statement: its description, the reason of an adjustment or reversal, a mark when reversed. */
    public static String describe(PassbookEntry entry, Wording w) {
        String base = entry.description() == null ? "" : entry.description();
        String text = switch (entry.kind()) {
            case ADJUSTMENT -> w.get("passbook.describe.adjustment", entry.reason());
            case REVERSAL -> w.get("passbook.describe.reversal", String.valueOf(entry.reversesId()), base, entry.reason());
            default -> base;
        };
        return entry.reversed() ? text + w.get("passbook.describe.reversedMark") : text;
    }

    /** Writes a member's passbook as a printable {@code .xlsx} page (title, member, entries, quarterly subtotals, total). */
    public Path export(long memberId, Wording wording, Path target) {
        PrintableTable table = database.read(ctx -> {
            PassbookStatement statement = PassbookStatement.of(requireMember(ctx, memberId), passbook.entriesOf(ctx, memberId));
            String communityName = memberRecords.findById(ctx, memberId)
                    .flatMap(m -> communities.findById(ctx, m.communityId())).map(Community::name).orElse("");
            return page(statement, communityName, wording);
        });
        try {
            PrintableTableWriter.write(table, target);
        } catch (IOException e) {
            LOG.warn("Could not write the passbook of member {} to {}", memberId, target, e);
            throw new ServiceException("passbook.error.export", target);
        }
        return target;
    }

    /** A file name for a member's export: {@code 爱心储蓄存折-张伟.xlsx}. */
    public static String exportFileName(MemberName member, Wording wording) {
        return PostService.safeFileName(wording.get("passbook.export.fileName", member.name())) + ".xlsx";
    }

    static PrintableTable page(PassbookStatement statement, String communityName, Wording w) {
        List<PrintableTable.Column> columns = List.of(
                new PrintableTable.Column(w.get("passbook.column.date"), 12, -1),
                new PrintableTable.Column(w.get("passbook.column.kind"), 12, -1),
                new PrintableTable.Column(w.get("passbook.column.description"), 40, -1),
                new PrintableTable.Column(w.get("passbook.column.hours"), 9, 2),
                new PrintableTable.Column(w.get("passbook.column.points"), 10, 2),
                new PrintableTable.Column(w.get("passbook.column.balance"), 11, 2));
        List<PrintableTable.Row> rows = new ArrayList<>();
        for (PassbookStatement.Item item : statement.items()) {
            if (item instanceof PassbookStatement.Line line) {
                PassbookEntry e = line.entry();
                rows.add(new PrintableTable.Row(Arrays.asList(e.date(), w.get("passbook.kind." + e.kind().name()), describe(e, w),
                        e.hours(), e.points(), line.balance()), PrintableTable.Emphasis.NONE));
            } else if (item instanceof PassbookStatement.QuarterSubtotal subtotal) {
                rows.add(new PrintableTable.Row(Arrays.asList(null, null, subtotalText(subtotal, w), null, subtotal.points(),
                        subtotal.balance()), PrintableTable.Emphasis.SUBTOTAL));
            }
        }
        rows.add(new PrintableTable.Row(Arrays.asList(null, null, w.get("passbook.total", statement.lines().size()), null, statement.balance(),
                statement.balance()), PrintableTable.Emphasis.TOTAL));
        List<String> subtitles = List.of(
                w.get("passbook.export.member", statement.member().name(), communityName),
                w.get("passbook.export.printed", LocalDate.now().toString()));
        return new PrintableTable(w.get("passbook.export.sheet"), w.get("passbook.export.title"), subtitles, columns, rows,
                w.get("passbook.export.footer"));
    }

    /** {@code 2026年第3季度小计（4 笔）}. */
    public static String subtotalText(PassbookStatement.QuarterSubtotal subtotal, Wording w) {
        return w.get("passbook.subtotal", String.valueOf(subtotal.quarter().year()), subtotal.quarter().number(), subtotal.entries());
    }

    private MemberName requireMember(DSLContext ctx, long memberId) {
        return members.find(ctx, memberId).orElseThrow(() -> new ServiceException("passbook.error.memberNotFound", "#" + memberId));
    }
}
