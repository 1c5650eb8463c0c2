package org.lawkeeper.eclipse.ui.view;

import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.jobs.DriftPlot;
import org.lawkeeper.eclipse.core.jobs.DriftPlotJob;
import org.lawkeeper.eclipse.core.jobs.ReportJob;
import org.lawkeeper.eclipse.core.results.AnalysisResults;
import org.lawkeeper.eclipse.core.results.Row.FlowRow;
import org.lawkeeper.eclipse.core.results.Row.LawRow;
import org.lawkeeper.eclipse.core.results.Row.LayerRow;
import org.lawkeeper.eclipse.core.results.Row.ModelRow;
import org.lawkeeper.eclipse.core.results.Row;
import org.lawkeeper.eclipse.core.results.Rows;
import org.lawkeeper.eclipse.ui.Messages;

/**
 * The "Conservation Laws" view: every analysed model, its claimed flows with count and certificate,
 * and the laws under each flow (claimed or verified) with the blocks they involve; a network model
 * also shows its layers, each with its blocks and the flows whose laws involve them. Double-click
 * opens the source; the panel on the right shows the selected row's drift plot or certificate.
 */
public final class ConservationLawsView extends ViewPart {
    /** The view's id in plugin.xml. */
    public static final String ID = "org.lawkeeper.eclipse.ui.views.laws";

    private TreeViewer viewer;
    private DriftPanel panel;
    private final Runnable refresh = this::refreshLater;
    private IAction exportAction;
    /** The plot under way: a newer selection cancels it, so that quick clicks do not queue integrations. */
    private DriftPlotJob drift;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite treeParent = new Composite(sash, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        treeParent.setLayout(layout);
        viewer = new TreeViewer(treeParent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        String[] titles = { Messages.columnName, Messages.columnCount, Messages.columnCertificate, Messages.columnStatus,
                Messages.columnBlocks };
        int[] weights = { 32, 6, 28, 16, 18 };
        for (int i = 0; i < titles.length; i++) {
            int index = i;
            TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(titles[i]);
            layout.setColumnData(column.getColumn(), new ColumnWeightData(weights[i], 60));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((Row) element).cells().get(index);
                }
            });
        }
        viewer.setContentProvider(new ContentProvider());
        viewer.addDoubleClickListener(event -> open((Row) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        viewer.addSelectionChangedListener(event -> select((Row) viewer.getStructuredSelection().getFirstElement()));
        panel = new DriftPanel(sash);
        sash.setWeights(65, 35);
        exportAction = new Action(Messages.exportAction) {
            @Override
            public void run() {
                exportSelected();
            }
        };
        exportAction.setToolTipText(Messages.exportTooltip);
        exportAction.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(exportAction);
        viewer.setInput(AnalysisResults.workspace());
        viewer.expandToLevel(2);
        AnalysisResults.workspace().addListener(refresh);
    }

    /** The tree, for tests. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        AnalysisResults.workspace().removeListener(refresh);
        cancelDrift();
        super.dispose();
    }

    /** Results change in job threads; the tree is refreshed in the UI thread, without waiting. */
    private void refreshLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                    viewer.expandToLevel(2);
                }
            });
        }
    }

    private void select(Row row) {
        exportAction.setEnabled(row instanceof LawRow law && law.checkable());
        switch (row) {
            case null -> panel.showText("", Messages.emptyView);
            case ModelRow model -> panel.showText("", model.cells().get(3)
                    + (model.layers().isEmpty() ? "" : "\n\n" + NLS.bind(Messages.modelLayers, model.layers())));
            case FlowRow flow -> panel.showText(flow.flow(), flow.certificate());
            case LayerRow layer -> panel.showText("", layer.cells().get(0)
                    + (layer.cells().get(4).isEmpty() ? "" : "\n\n" + NLS.bind(Messages.modelLayers, layer.cells().get(4)))
                    + (layer.cells().get(3).isEmpty() ? "" : "\n" + NLS.bind(Messages.layerLaws, layer.cells().get(3))));
            case LawRow law -> {
                panel.showText(law.flow(), law.cells().get(2));
                if (law.checkable()) {
                    scheduleDrift(law);
                }
            }
        }
    }

    /** Integrates the law's drift in a job; the plot replaces the certificate if the row is still selected. */
    private void scheduleDrift(LawRow row) {
        cancelDrift();
        drift = new DriftPlotJob(row, plot -> viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && row.equals(viewer.getStructuredSelection().getFirstElement())) {
                panel.showDrift(plot, NLS.bind(Messages.plotCaption, String.format("%.2e", plot.maxDrift()),
                        plot.law() + (plot.entry().isEmpty() ? "" : " " + plot.entry())));
            }
        }));
        drift.schedule();
    }

    private void cancelDrift() {
        if (drift != null) {
            drift.cancel();
        }
    }

    /** Writes the harness's HTML report for the selected law in a job, then opens it. */
    private void exportSelected() {
        if (viewer.getStructuredSelection().getFirstElement() instanceof LawRow row && row.checkable()) {
            new ReportJob(row, report -> viewer.getControl().getDisplay().asyncExec(() -> open(report, 0))).schedule();
        }
    }

    /** The text the panel shows when it plots nothing (a certificate, a model's or a layer's blocks), for tests. */
    public String panelText() {
        return panel.text();
    }

    /** The drift plotted in the panel, if any: what the panel draws, for tests. */
    public Optional<DriftPlot> plotted() {
        return panel.plotted();
    }

    private void open(Row row) {
        if (row == null) {
            return;
        }
        open(row.file(), row.offset());
    }

    private void open(IFile file, int offset) {
        try {
            IEditorPart editor = IDE.openEditor(getSite().getPage(), file);
            if (editor instanceof ITextEditor text) {
                text.selectAndReveal(offset, 0);
            }
        } catch (PartInitException e) {
            LawkeeperCore.log("cannot open " + file.getFullPath(), e);
        }
    }

    /** Rows from {@link Rows}, recomputed from the latest results on every refresh. */
    private static final class ContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return Rows.of(((AnalysisResults) input).snapshot()).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((Row) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
