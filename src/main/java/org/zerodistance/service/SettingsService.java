package org.zerodistance.service;

import java.util.Optional;
import org.zerodistance.persistence.Database;
import org.zerodistance.persistence.SettingRepository;

/** Settings kept in the database: the operator's name (used in history and the audit log) and programme rules. */
public final class SettingsService {

    static final String OPERATOR = "operator.name";
    public static final int MAX_OPERATOR_LENGTH = 50;

    private final Database database;
    private final SettingRepository settings = new SettingRepository();
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
        database.inTransactionDo(ctx -> settings.put(ctx, OPERATOR, trimmed));
        operatorCache = trimmed;
    }

    /** A stored setting, if any. */
    public Optional<String> get(String key) {
        return database.read(ctx -> settings.get(ctx, key));
    }

    public void put(String key, String value) {
        database.inTransactionDo(ctx -> settings.put(ctx, key, value));
    }

    private static String defaultOperator() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "operator" : user;
    }
}
