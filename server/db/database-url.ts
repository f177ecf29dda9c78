/** SQLite under ./data/ unless DATABASE_URL says otherwise; the folder is created on start. */
export const DEFAULT_DATABASE_URL = "file:./data/barometer.db";
