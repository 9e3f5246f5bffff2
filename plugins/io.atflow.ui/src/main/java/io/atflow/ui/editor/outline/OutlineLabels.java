package io.atflow.ui.editor.outline;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;

import io.atflow.ui.ScriptImages;

/** Outline labels: the symbol's name, its detail in grey ({@code timeout 2m}, {@code expect OK}) and an icon. */
public final class OutlineLabels extends LabelProvider implements IStyledLabelProvider {

    @Override
    public String getText(Object element) {
        return element instanceof DocumentSymbol s ? s.getName() : super.getText(element);
    }

    @Override
    public StyledString getStyledText(Object element) {
        StyledString s = new StyledString(getText(element));
        if (element instanceof DocumentSymbol d && d.getDetail() != null && !d.getDetail().isBlank()) {
            s.append("  " + d.getDetail(), StyledString.DECORATIONS_STYLER);
        }
        return s;
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof DocumentSymbol s)) {
            return null;
        }
        return ScriptImages.get(switch (s.getKind()) {
            case Namespace -> ScriptImages.STEP;
            case Function -> ScriptImages.COMMAND;
            case Event -> ScriptImages.EVENT;
            case Object -> ScriptImages.DEVICE;
            case Class -> ScriptImages.PRODUCT;
            case Constant -> ScriptImages.PAYLOAD;
            case File -> ScriptImages.INCLUDE;
            default -> ScriptImages.VARIABLE;
        });
    }
}
