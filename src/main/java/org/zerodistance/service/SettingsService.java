package org.zerodistance.service;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zerodistance.domain.AuditEntry;
import org.zerodistance.domain.DomainException;
import org.zerodistance.domain.VisitIntervals;
import org.zerodistance.persistence.AuditRepository;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.SettingRepository;

/** Settings kept in the database: the operator's name (used in history and the audit log) and programme rules. */
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    static final String OPERATOR = "operator.name";
    public static final int MAX_OPERATOR_LENGTH = 50;
    /** The entity name of settings changes in the audit log. */
    public static final String AUDIT_ENTITY = "setting";

    private final Database database;
    private final SettingRepository settings = new SettingRepository();
    private final AuditRepository audit = new AuditRepository();
    private volatile String operatorCache;

    public SettingsService(Database database) {
        this.database = database;
    }

    /** The operator's name; the system user until the clerk sets one. */
    public String operator() {
        String cached = operatorCache;
        if (cached == null) {
            cached = database.read(ctx -> settings.get(ctx, OPERATOR)).orElse(defaultOperator());
            operatorCache = cached;
        }
        return cached;
    }

    public void setOperator(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ServiceException("settings.error.operatorRequired");
        }
        if (trimmed.length() > MAX_OPERATOR_LENGTH) {
            throw new ServiceException("settings.error.operatorTooLong", MAX_OPERATOR_LENGTH);
        }
        String before = operator();
        if (before.equals(trimmed)) {
            return;
        }
        // audited here, not through Auditor (which reads the operator from this service); the new operator signs it
        database.inTransactionDo(ctx -> {
            settings.put(ctx, OPERATOR, trimmed);
            audit.append(ctx, trimmed, AuditEntry.Action.UPDATE, AUDIT_ENTITY, null, "operator: " + before + " -> " + trimmed);
        });
        operatorCache = trimmed;
    }

    /** A stored setting, if any. */
    public Optional<String> get(String key) {
        return database.read(ctx -> settings.get(ctx, key));
    }

    /** Stores a setting and notes the change (before and after) in the audit log. */
    public void put(String key, String value) {
        String operator = operator();
        database.inTransactionDo(ctx -> {
            String before = settings.get(ctx, key).orElse(null);
            if (java.util.Objects.equals(before, value)) {
                return;
            }
            settings.put(ctx, key, value);
            audit.append(ctx, operator, AuditEntry.Action.UPDATE, AUDIT_ENTITY, null, key + ": " + before + " -> " + value);
        });
    }

    /**
     * The visit interval per household category: the {@code visit.interval.<category>} settings over the defaults of
     * {@link VisitIntervals}. A stored value that is not a valid number of days is logged and the default used.
     */
    public VisitIntervals visitIntervals() {
        Map<String, String> stored = database.read(ctx -> settings.withPrefix(ctx, VisitIntervals.KEY_PREFIX));
        Map<String, Integer> days = new TreeMap<>();
        stored.forEach((key, value) -> {
            String category = key.substring(VisitIntervals.KEY_PREFIX.length());
            try {
                days.put(category, VisitIntervals.parseDays(value));
            } catch (DomainException e) {
                LOG.warn("Setting {} holds '{}', not a number of days; using the default {}", key, value,
                        VisitIntervals.defaultDays(category));
            }
        });
        return VisitIntervals.of(days);
    }

    private static String defaultOperator() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "operator" : user;
    }
}
