package cn.silian.topics.ui;

import cn.silian.people.DeputyFilter;
import cn.silian.people.DeputyService;
import cn.silian.shared.Formats;
import cn.silian.shared.ui.Choice;
import cn.silian.shared.ui.PersonNames;
import cn.silian.shared.ui.Toasts;
import cn.silian.topics.GroupDetails;
import cn.silian.topics.GroupRights;
import cn.silian.topics.GroupService;
import cn.silian.topics.JoinRequestRow;
import cn.silian.topics.MemberRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The group's members for all who see the group; join requests and changes for its leader and the office. */
class MembersSection extends VerticalLayout {

    final Grid<MemberRow> members = new Grid<>();
    final ComboBox<Choice> person = new ComboBox<>();
    final Button add = new Button();
    final ComboBox<MemberRow> leader = new ComboBox<>();
    final Button setLeader = new Button();
    final Grid<JoinRequestRow> pending = new Grid<>();
    final Grid<MemberRow> history = new Grid<>();

    private final transient GroupService groups;
    private final GroupDetails details;
    private final Runnable reload;

    MembersSection(GroupService groups, DeputyService deputies, GroupDetails details, Runnable reload) {
        this.groups = groups;
        this.details = details;
        this.reload = reload;
        setPadding(false);
        GroupRights rights = details.rights();
        long id = details.summary().id();
        List<MemberRow> current = groups.members(id);

        members.setAriaLabel(getTranslation("group.section.members"));
        members.addThemeVariants(GridVariant.LUMO_COMPACT);
        members.setAllRowsVisible(true);
        members.addColumn(LitRenderer.<MemberRow>of("<a href=\"deputies/${item.id}\">${item.name}</a>")
                        .withProperty("id", MemberRow::deputyId).withProperty("name", MemberRow::name))
                .setHeader(getTranslation("deputy.name")).setFlexGrow(1);
        members.addColumn(m -> m.leader() ? getTranslation("group.leader.marker") : "")
                .setHeader(getTranslation("group.leader")).setAutoWidth(true);
        members.addColumn(m -> m.level() == null ? getTranslation("common.none") : getTranslation(m.level().messageKey()))
                .setHeader(getTranslation("deputies.level")).setAutoWidth(true);
        members.addColumn(m -> m.streetName() == null ? getTranslation("common.none") : m.streetName())
                .setHeader(getTranslation("deputies.street")).setAutoWidth(true);
        members.addColumn(m -> m.expertise().stream().map(x -> getTranslation(x.messageKey()))
                .collect(Collectors.joining(getTranslation("list.separator")))).setHeader(getTranslation("deputy.expertise"));
        members.addColumn(m -> GroupTexts.date(this, m.joinedOn())).setHeader(getTranslation("group.joined-on")).setAutoWidth(true);
        members.addColumn(m -> getTranslation(m.how().messageKey())).setHeader(getTranslation("group.joined-how")).setAutoWidth(true);
        if (rights.manage()) {
            members.addColumn(new ComponentRenderer<>(m -> {
                Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> confirmRemove(m));
                remove.setAriaLabel(getTranslation("group.member.remove.of", m.name()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setVisible(!m.leader());
                return remove;
            })).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        }
        members.setItems(current);
        members.setEmptyStateText(getTranslation("group.members.empty"));
        add(members);

        if (rights.administer()) {
            person.setLabel(getTranslation("group.member.person"));
            person.setItemLabelGenerator(Choice::label);
            person.setItems(query -> deputies.page(DeputyFilter.text(query.getFilter().orElse("")),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream().map(d -> new Choice(d.id(), d.name())));
            person.setClearButtonVisible(true);
            add.setText(getTranslation("group.member.add"));
            add.setIcon(new Icon(VaadinIcon.PLUS));
            add.addClickListener(e -> {
                Choice p = person.getValue();
                if (p == null) {
                    person.setErrorMessage(getTranslation("validation.required"));
                    person.setInvalid(true);
                    return;
                }
                if (GroupTexts.attempt(this, () -> groups.addMember(id, p.id()), Map.of("person", person))) {
                    Toasts.success(getTranslation("group.member.added", p.label()));
                    reload.run();
                }
            });
            leader.setLabel(getTranslation("group.leader"));
            leader.setItems(current);
            leader.setItemLabelGenerator(MemberRow::name);
            current.stream().filter(MemberRow::leader).findFirst().ifPresent(leader::setValue);
            setLeader.setText(getTranslation("group.leader.set"));
            setLeader.addClickListener(e -> {
                MemberRow chosen = leader.getValue();
                if (GroupTexts.attempt(this, () -> groups.setLeader(id, details.version(), chosen == null ? null : chosen.deputyId()),
                        Map.of("leader", leader))) {
                    Toasts.success(getTranslation("group.leader.saved"));
                    reload.run();
                }
            });
            FlexLayout tools = new FlexLayout(person, add, leader, setLeader);
            tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            tools.setAlignItems(FlexComponent.Alignment.BASELINE);
            tools.getStyle().set("gap", "var(--lumo-space-s)");
            add(tools);
        }

        if (rights.manage()) {
            pending.setAriaLabel(getTranslation("group.requests"));
            pending.addThemeVariants(GridVariant.LUMO_COMPACT);
            pending.setAllRowsVisible(true);
            pending.addColumn(JoinRequestRow::deputyName).setHeader(getTranslation("deputy.name")).setAutoWidth(true);
            pending.addColumn(r -> r.message() == null ? "" : r.message()).setHeader(getTranslation("group.join.message"))
                    .setFlexGrow(1);
            pending.addColumn(r -> Formats.dateTimeShort(r.requestedAt())).setHeader(getTranslation("group.requested-at"))
                    .setAutoWidth(true);
            pending.addColumn(new ComponentRenderer<>(r -> {
                Button accept = new Button(getTranslation("group.request.accept"), e -> decide(r, true, null));
                accept.setAriaLabel(getTranslation("group.request.accept.of", r.deputyName()));
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                Button decline = new Button(getTranslation("group.request.decline"), e -> openDecline(r));
                decline.setAriaLabel(getTranslation("group.request.decline.of", r.deputyName()));
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                HorizontalLayout buttons = new HorizontalLayout(accept, decline);
                buttons.setSpacing(true);
                return buttons;
            })).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            pending.setItems(groups.pending(id));
            pending.setEmptyStateText(getTranslation("group.requests.empty"));

            history.setAriaLabel(getTranslation("group.history"));
            history.addThemeVariants(GridVariant.LUMO_COMPACT);
            history.setAllRowsVisible(true);
            history.addColumn(MemberRow::name).setHeader(getTranslation("deputy.name")).setAutoWidth(true);
            history.addColumn(m -> getTranslation("group.history.joined", GroupTexts.date(this, m.joinedOn()),
                    getTranslation(m.how().messageKey()), PersonNames.name(this, m.joinedBy())))
                    .setHeader(getTranslation("group.joined-on")).setFlexGrow(1);
            history.addColumn(m -> m.leftOn() == null ? getTranslation("group.history.current")
                            : getTranslation("group.history.left", m.leftOn().toString(), PersonNames.name(this, m.leftBy())))
                    .setHeader(getTranslation("group.left-on")).setFlexGrow(1);
            history.setItems(groups.history(id));
            add(new H3(getTranslation("group.requests")), pending, new H3(getTranslation("group.history")), history);
        }
    }

    private void confirmRemove(MemberRow m) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("group.member.remove"),
                getTranslation("group.member.remove.message", m.name()), getTranslation("group.member.remove"), e -> {
            if (GroupTexts.attempt(this, () -> groups.removeMember(details.summary().id(), m.deputyId()))) {
                Toasts.success(getTranslation("group.member.removed", m.name()));
                reload.run();
            }
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void openDecline(JoinRequestRow r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("group.request.decline.title", r.deputyName()));
        TextArea note = new TextArea(getTranslation("group.request.note"));
        note.setMaxLength(GroupService.MESSAGE_MAX);
        note.setWidthFull();
        dialog.add(note);
        Button confirm = new Button(getTranslation("group.request.decline"), e -> {
            if (decide(r, false, note.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    boolean decide(JoinRequestRow r, boolean accept, String note) {
        if (GroupTexts.attempt(this, () -> groups.decide(r.id(), r.version(), accept, note))) {
            Toasts.success(getTranslation(accept ? "group.request.accepted" : "group.request.declined", r.deputyName()));
            reload.run();
            return true;
        }
        return false;
    }
}
