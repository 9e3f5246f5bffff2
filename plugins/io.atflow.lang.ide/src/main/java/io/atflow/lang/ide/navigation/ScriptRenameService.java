package io.atflow.lang.ide.navigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/** The language server's rename of variables, captures, devices, products and payloads ({@link Renames}). */
public class ScriptRenameService implements IRenameService2 {
    @Inject
    private UriExtensions uris;

    @Override
    public WorkspaceEdit rename(Options options) {
        String uri = options.getRenameParams().getTextDocument().getUri();
        String newName = options.getRenameParams().getNewName();
        if (!Renames.NAME.matcher(newName).matches()) {
            throw error("\"" + newName + "\" is not a name: use letters, digits and _, starting with a letter or _");
        }
        return options.getLanguageServerAccess().doSyncRead(uri, ctx -> {
            XtextResource resource = (XtextResource) ctx.getResource();
            Document doc = ctx.getDocument();
            int offset = doc.getOffSet(options.getRenameParams().getPosition());
            Renames.Symbol symbol = Renames.symbolAt(resource, offset).orElseThrow(() -> error(
                    "nothing to rename here: put the cursor on a variable, capture, device, product or payload name"));
            Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
            for (Renames.Occurrence o : Renames.occurrences(resource, symbol)) {
                Document in = o.file().equals(resource.getURI()) ? doc : ScriptLocations.document(resource, o.file());
                changes.computeIfAbsent(uris.toUriString(o.file()), k -> new ArrayList<>())
                        .add(new TextEdit(ScriptLocations.range(in, o.offset(), o.length()), newName));
            }
            return new WorkspaceEdit(changes);
        });
    }

    @Override
    public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
            PrepareRenameOptions options) {
        String uri = options.getParams().getTextDocument().getUri();
        return options.getLanguageServerAccess().doSyncRead(uri, ctx -> {
            XtextResource resource = (XtextResource) ctx.getResource();
            Document doc = ctx.getDocument();
            int offset = doc.getOffSet(options.getParams().getPosition());
            return Renames.symbolAt(resource, offset).flatMap(symbol -> Renames.occurrenceAt(resource, symbol, offset)
                    .map(o -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(
                            new PrepareRenameResult(ScriptLocations.range(doc, o.offset(), o.length()), symbol.name()))))
                    .orElse(null);
        });
    }

    private static ResponseErrorException error(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
