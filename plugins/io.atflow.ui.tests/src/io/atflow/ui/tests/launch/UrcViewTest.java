package io.atflow.ui.tests.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.launch.core.LaunchServices;
import io.atflow.launch.ui.urc.UrcView;
import io.atflow.launch.urc.UrcRow;
import io.atflow.launch.urc.UrcRowDecoder;

import io.atflow.ui.tests.support.UiWait;

/** The live URC view: rows as they arrive, filter, pause, clear, copy, details, and a 10,000-URC burst. */
class UrcViewTest {
    private static final UrcRowDecoder DECODER = new UrcRowDecoder(AtCatalog.standard());
    private UrcView view;

    @BeforeEach
    void open() throws PartInitException {
        LaunchServices.urcs().clear();
        view = (UrcView) page().showView(UrcView.ID);
        UiWait.drain();
    }

    @AfterEach
    void close() {
        page().hideView(view);
        LaunchServices.urcs().clear();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void add(long seq, String line) {
        LaunchServices.urcs().append(DECODER.decode(seq, Instant.now(), "test", line, null));
    }

    private void awaitRows(int n) {
        UiWait.until(() -> view.shownRows().size() == n, () -> "the view to show " + n + " rows, not " + view.shownRows().size());
    }

    @Test
    void rowsShowDecodedFieldsAndMeaningsAndJsonDetails() {
        add(1, "+QMTSTAT: 0,1");
        add(2, "+QMTRECV: 0,1,\"/sys/pk/dn/thing/event/property/post_reply\",\"{\"code\":200,\"id\":\"1\",\"message\":\"success\"}\"");
        awaitRows(2);
        String[] stat = view.rowTexts(0);
        assertEquals("+QMTSTAT", stat[1]);
        assertEquals("client_idx=0, err_code=1", stat[2]);
        assertEquals("connection closed or reset by peer", stat[3]);
        assertEquals("test", stat[4]);
        view.select(1);
        String details = view.detailsText();
        assertTrue(details.contains("topic       /sys/pk/dn/thing/event/property/post_reply"), details);
        assertTrue(details.contains("{\n  \"code\": 200,\n  \"id\": \"1\",\n  \"message\": \"success\"\n}"), details);
        assertEquals("2 of 2 URCs", view.statusText());
    }

    @Test
    void filterPauseAndClear() {
        add(1, "+QMTSTAT: 0,1");
        add(2, "+QMTOPEN: 0,0");
        awaitRows(2);
        view.setFilter("opened");
        assertEquals(List.of("+QMTOPEN"), view.shownRows().stream().map(UrcRow::code).toList());
        view.setFilter("");
        awaitRows(2);

        view.setPaused(true);
        add(3, "+QMTCONN: 0,0,0");
        UiWait.until(() -> view.statusText().startsWith("Paused \u2014 2 of 3 URCs"), view::statusText);
        assertEquals(2, view.shownRows().size());
        view.setPaused(false);
        awaitRows(3);

        LaunchServices.urcs().clear();
        awaitRows(0);
    }

    @Test
    void copyPutsTabSeparatedRowsOnTheClipboard() {
        add(1, "+QMTSTAT: 0,1");
        awaitRows(1);
        view.select(0);
        view.copyToClipboard();
        Clipboard clipboard = new Clipboard(Display.getCurrent());
        try {
            String text = (String) clipboard.getContents(TextTransfer.getInstance());
            assertTrue(text.endsWith("\t+QMTSTAT\tclient_idx=0, err_code=1\tconnection closed or reset by peer\t+QMTSTAT: 0,1\n"), text);
        } finally {
            clipboard.dispose();
        }
    }

    /**
     * 10,000 URCs from an engine-like thread while the UI thread is busy: one batched refresh shows them, the log keeps
     * its capacity (the oldest are dropped) and the UI has only a handful of events to process afterwards.
     */
    @Test
    void burstOfTenThousandUrcsIsOneBatchedRefreshWithBoundedRows() throws InterruptedException {
        long before = view.refreshes();
        Thread engine = Thread.ofPlatform().name("burst").start(() -> {
            for (int i = 1; i <= 10_000; i++) {
                add(i, i % 2 == 0 ? "+QMTRECV: 0," + i + ",\"t\",\"{\"n\":" + i + "}\"" : "+QMTSTAT: 0," + (i % 7 + 1));
            }
        });
        engine.join(Duration.ofSeconds(60));
        assertFalse(engine.isAlive(), "the engine-like thread is stuck adding URCs");
        int capacity = LaunchServices.urcs().capacity();
        awaitRows(capacity);
        int pending = UiWait.drain();

        assertEquals(1, view.refreshes() - before, "one refresh for the whole burst");
        assertTrue(pending < 100, "UI events left after the refresh: " + pending);
        assertEquals(capacity, LaunchServices.urcs().size());
        assertEquals(10_000 - capacity, LaunchServices.urcs().dropped());
        assertEquals(10_000, view.shownRows().get(capacity - 1).seq());
        assertEquals(String.format("%,d of %,d URCs (%,d oldest dropped)", capacity, capacity, 10_000 - capacity), view.statusText());
        view.setFilter("qmtstat");
        assertEquals(capacity / 2, view.shownRows().size());
    }
}
