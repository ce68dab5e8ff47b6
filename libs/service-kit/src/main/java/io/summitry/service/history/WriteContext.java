package io.summitry.service.history;

import jakarta.enterprise.context.RequestScoped;

/** What a write request says about itself beyond its body: the editor's note, and whether it restores a revision. */
@RequestScoped
public class WriteContext {

    private String note;
    private boolean restoring;

    public String note() {
        return note;
    }

    void note(String note) {
        this.note = note;
    }

    public boolean restoring() {
        return restoring;
    }

    /** Marks this request's revision as a restore: its changes are listed as RESTORED. */
    public void markRestoring() {
        this.restoring = true;
    }
}
