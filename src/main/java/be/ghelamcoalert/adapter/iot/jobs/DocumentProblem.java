package be.ghelamcoalert.adapter.iot.jobs;

/**
 * What is wrong with a job document itself (its bytes, its JSON, its texts or its times), found
 * while reading it; {@link JobDocumentReader} turns it into a refusal naming the field.
 */
final class DocumentProblem extends RuntimeException {
    private final String field;

    /**
     * @param field  the document's field, dotted for nested ones ({@code nightMode.from}); "" for the whole document
     * @param reason in English, without the field
     */
    DocumentProblem(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }

    String reason() {
        return getMessage();
    }
}
