package cn.silian.topics.ui;

import cn.silian.people.DeputyService;
import cn.silian.security.CurrentUser;
import cn.silian.security.Roles;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupRights;
import cn.silian.topics.GroupService;
import cn.silian.topics.GroupSummary;
import cn.silian.topics.GroupWorkService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A group's workspace: its facts and members for everyone who may see the group, and its
 * milestones, tasks, findings and report for its members, its leader and the office.
 */
@Route("groups/:id(\\d+)")
@RolesAllowed({Roles.ADMIN, Roles.OFFICE, Roles.STREET_STAFF, Roles.DEPUTY})
public class GroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GroupService groups;
    private final transient GroupWorkService work;
    private final transient DeputyService deputies;
    private final Long me;
    long id;
    GroupDetails details;
    List<Details> sections = new ArrayList<>();
    final Button askToJoin = new Button();
    final Button withdraw = new Button();
    final Button leave = new Button();
    final Button edit = new Button();
    final Span overdue = new Span();
    MembersSection members;
    MilestonesSection milestones;
    TasksSection tasks;
    FindingsSection findings;
    ReportSection report;

    GroupView(GroupService groups, GroupWorkService work, DeputyService deputies, CurrentUser currentUser) {
        this.me = currentUser.require().deputyId();
        this.groups = groups;
        this.work = work;
        this.deputies = deputies;
        addClassName("group-view");
        setWidthFull();

        askToJoin.setText(getTranslation("group.join.ask"));
        askToJoin.setIcon(new Icon(VaadinIcon.SIGN_IN));
        askToJoin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        askToJoin.addClickListener(e -> openJoinDialog());
        withdraw.setText(getTranslation("group.join.withdraw"));
        withdraw.addClickListener(e -> {
            if (GroupTexts.attempt(this, () -> groups.withdraw(details.rights().pendingRequestId()))) {
                Toasts.success(getTranslation("group.join.withdrawn"));
                reload();
            }
        });
        leave.setText(getTranslation("group.leave"));
        leave.setIcon(new Icon(VaadinIcon.SIGN_OUT));
        leave.addClickListener(e -> confirmLeave());
        edit.setText(getTranslation("group.edit"));
        edit.setIcon(new Icon(VaadinIcon.EDIT));
        edit.addClickListener(e -> new GroupDialog(groups, details, this::reload).open());
        overdue.addClassName("overdue-warning");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        reload();
    }

    /** Reads the group again and redraws the page: rights and versions change with every action. */
    void reload() {
        details = groups.get(id);
        render();
    }

    private void render() {
        removeAll();
        sections = new ArrayList<>();
        GroupSummary g = details.summary();
        GroupRights rights = details.rights();
        H2 name = new H2(g.name());
        Span status = new Span(getTranslation(g.topicStatus().messageKey()));
        status.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(name, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.addClassName("view-header");

        DescriptionList facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "group.topic", new Anchor("topics/" + g.topicId(), g.topicTitle()));
        fact(facts, "group.leader", text(g.leaderName()));
        fact(facts, "group.focus", text(g.focus()));
        fact(facts, "deputy.expertise", text(g.expertise().stream().map(x -> getTranslation(x.messageKey()))
                .collect(Collectors.joining(getTranslation("list.separator")))));
        fact(facts, "group.topic-period", text(getTranslation("group.topic-period.value",
                GroupTexts.date(this, details.topicStartsOn()), GroupTexts.date(this, details.topicEndsOn()))));
        fact(facts, "group.members", text(String.valueOf(g.members())));
        fact(facts, "group.level-mix", text(GroupTexts.levelMix(this, g.levelMix())));
        fact(facts, "group.open", text(getTranslation(g.openForJoining() ? "group.open.yes" : "group.open.no")));
        if (rights.seeWork()) {
            fact(facts, "group.progress", GroupTexts.progress(this, g.progress(), g.name()));
        }

        overdue.setText(getTranslation("group.overdue", details.overdue()));
        overdue.setVisible(rights.seeWork() && details.overdue() > 0);
        askToJoin.setVisible(rights.mayAskToJoin());
        withdraw.setVisible(rights.pendingRequestId() != null);
        leave.setVisible(rights.member() && !rights.leader());
        edit.setVisible(rights.manage());
        Span pending = new Span(getTranslation("group.join.pending-note"));
        pending.getElement().getThemeList().add("badge contrast");
        pending.setVisible(rights.pendingRequestId() != null);
        // The group's documents live in the documents module, which knows the group: a link, not a dependency.
        Anchor documents = new Anchor("documents/group/" + g.id(), getTranslation("group.documents"));
        documents.addClassName("documents-link");
        documents.addComponentAsFirst(new Icon(VaadinIcon.FOLDER_OPEN));
        documents.setVisible(rights.seeWork());
        FlexLayout actions = new FlexLayout(pending, askToJoin, withdraw, leave, edit, documents);
        actions.addClassName("actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("gap", "var(--lumo-space-s)");

        add(new RouterLink(getTranslation("group.back"), GroupListView.class), header, overdue, facts, actions);

        members = new MembersSection(groups, deputies, details, this::reload);
        sections.add(section("group.section.members", members));
        if (rights.seeWork()) {
            milestones = new MilestonesSection(work, details, this::reload);
            tasks = new TasksSection(work, groups, details, me, this::reload);
            findings = new FindingsSection(work, details, this::reload);
            report = new ReportSection(work, details, this::reload);
            sections.add(section("group.section.milestones", milestones));
            sections.add(section("group.section.tasks", tasks));
            sections.add(section("group.section.findings", findings));
            sections.add(section("group.section.report", report));
        } else {
            milestones = null;
            tasks = null;
            findings = null;
            report = null;
        }
        sections.forEach(this::add);
    }

    private void openJoinDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("group.join.title", details.summary().name()));
        TextArea message = new TextArea(getTranslation("group.join.message"));
        message.setHelperText(getTranslation("group.join.message.helper"));
        message.setMaxLength(GroupService.MESSAGE_MAX);
        message.setWidthFull();
        dialog.add(message);
        Button send = new Button(getTranslation("group.join.send"), e -> {
            if (GroupTexts.attempt(this, () -> groups.requestJoin(id, message.getValue()), Map.of("message", message))) {
                Toasts.success(getTranslation("group.join.sent"));
                dialog.close();
                reload();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void confirmLeave() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("group.leave"),
                getTranslation("group.leave.message", details.summary().name()), getTranslation("group.leave"), e -> {
            if (GroupTexts.attempt(this, () -> groups.leave(id))) {
                Toasts.success(getTranslation("group.left", details.summary().name()));
                reload();
            }
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private Details section(String key, Component content) {
        Details d = new Details(getTranslation(key), content);
        d.setOpened(true);
        d.setWidthFull();
        d.addClassName("group-section");
        return d;
    }

    private Span text(String value) {
        return new Span(value == null || value.isBlank() ? getTranslation("common.none") : value);
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(new Span(getTranslation(key))), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("groups.title") : details.summary().name()) + " · " + getTranslation("app.name");
    }
}
