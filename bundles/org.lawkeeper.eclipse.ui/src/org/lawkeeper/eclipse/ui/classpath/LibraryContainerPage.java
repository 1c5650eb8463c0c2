package org.lawkeeper.eclipse.ui.classpath;

import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.ui.wizards.IClasspathContainerPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.lawkeeper.eclipse.core.classpath.LibraryContainerInitializer;
import org.lawkeeper.eclipse.ui.Messages;

/** Build Path > Add Library > Lawkeeper Library: nothing to choose, one page that says what it adds. */
public final class LibraryContainerPage extends WizardPage implements IClasspathContainerPage {

    /** The page, titled with the container's name. */
    public LibraryContainerPage() {
        super("lawkeeperLibrary", LibraryContainerInitializer.NAME, null);
        setDescription(Messages.libraryDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(Messages.libraryDescription);
        setControl(label);
    }

    @Override
    public boolean finish() {
        return true;
    }

    @Override
    public IClasspathEntry getSelection() {
        return JavaCore.newContainerEntry(LibraryContainerInitializer.PATH);
    }

    @Override
    public void setSelection(IClasspathEntry containerEntry) {
        // a single fixed container: nothing to restore
    }
}
