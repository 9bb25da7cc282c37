package org.octopusdesk.ui.projects;

import java.util.List;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.spending.SpendingPane;
import org.octopusdesk.ui.spending.SpendingViewModel;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Destination;
import org.octopusdesk.ui.shell.MenuEntry;
import org.octopusdesk.ui.shell.MenuSection;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.Route;
import org.octopusdesk.ui.shell.UiContext;

/** The Projects area: New project in File, the actions on the selected project and Find in Edit. */
public final class ProjectsArea implements Area<ProjectsView> {

    private static final AreaId ID = new AreaId("projects");

    /** Shows one project, selected in the list, with its details. */
    public static final Destination<ProjectId> PROJECT = Destination.of(ID, ProjectId.class);

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.projects";
    }

    @Override
    public String icon() {
        return Icons.PROJECTS;
    }

    @Override
    public ProjectsView create(UiContext context, Navigator navigator) {
        ProjectService projects = context.workspace().projects();
        ProjectListViewModel list = new ProjectListViewModel(projects, context.runner(), context.dialogs(),
                context.errors(), context.messages());
        ProjectDetailViewModel detail = new ProjectDetailViewModel(projects, context.runner(), context.errors(),
                list.asOfProperty());
        ProjectDialogs dialogs = new ProjectDialogs(projects, context.runner(), context.errors(), context.messages(),
                context.owner());
        SpendingPane spending = new SpendingPane(new SpendingViewModel(context.workspace().spending(),
                context.runner(), context.dialogs(), context.errors(), context.messages(), list.asOfProperty()),
                context.messages(), context.owner(), context.workspace().ratesUpdate(), context.roles());
        return new ProjectsView(list, detail, dialogs, context.messages(), spending, context.roles());
    }

    @Override
    public List<MenuEntry<ProjectsView>> menuEntries() {
        return List.of(
                MenuEntry.of(MenuSection.NEW, "menu.file.newProject", Icons.NEW, ProjectsView::newProject)
                        .needs(Permission.CHANGE_PROJECTS),
                MenuEntry.of(MenuSection.EDIT, "menu.edit.editProject", Icons.EDIT, ProjectsView::editSelected)
                        .needs(Permission.CHANGE_PROJECTS),
                MenuEntry.of(MenuSection.DELETE, "menu.edit.deleteProject", Icons.DELETE,
                        ProjectsView::deleteSelected).needs(Permission.CHANGE_PROJECTS),
                new MenuEntry<>(MenuSection.EDIT_SELECTION, "menu.edit.amendProject", Icons.AMEND,
                        ProjectsView.AMEND_KEY, ProjectsView::amendSelected).needs(Permission.CHANGE_PROJECTS),
                MenuEntry.of(MenuSection.IMPORT, "menu.file.importSpending", Icons.IMPORT,
                        ProjectsView::importSpending).needs(Permission.CHANGE_SPENDING),
                MenuEntry.of(MenuSection.FIND, "menu.edit.findProject", Icons.FIND, ProjectsView::focusFilter));
    }

    @Override
    public List<Route<ProjectsView, ?>> routes() {
        return List.of(new Route<>(PROJECT, ProjectsView::select));
    }
}
