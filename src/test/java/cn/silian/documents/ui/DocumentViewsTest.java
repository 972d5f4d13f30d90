package cn.silian.documents.ui;

import cn.silian.documents.DocumentRow;
import cn.silian.documents.DocumentService;
import cn.silian.documents.Space;
import cn.silian.shared.ui.AccessDeniedView;
import cn.silian.shared.ui.NotFoundView;
import cn.silian.topics.GroupService;
import cn.silian.ui.BrowserlessTestBase;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class DocumentViewsTest extends BrowserlessTestBase {

    static final byte[] PDF = "%PDF-1.4\n% 调研\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired DocumentService documents;
    @Autowired GroupService groups;

    private long deputysGroup() {
        return groups.myGroups().getFirst().groupId();
    }

    private List<DocumentRow> rows(long group) {
        return documents.page(Space.group(group), null, PageRequest.of(0, 100)).getContent();
    }

    @Test
    void aMemberUploadsSeveralFilesIntoAFolderAndSeesThemListed() {
        login("deputy");
        long group = deputysGroup();
        int before = rows(group).size();
        DocumentSpaceView view = navigate("documents/group/" + group, DocumentSpaceView.class);
        assertThat(view.title.getText()).startsWith("课题小组文档：");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, view).all())
                .anyMatch(p -> p.getText().contains("涉密材料严禁上传"));

        view.panel.uploadFolder.setValue("调研报告");
        view.panel.uploadInternal.setValue(true);
        test(view.panel.upload).upload("走访记录.pdf", "application/pdf", PDF);
        test(view.panel.upload).upload("座谈提纲.txt", "text/plain", "座谈提纲".getBytes(StandardCharsets.UTF_8));
        view.panel.changed();

        List<DocumentRow> after = rows(group);
        assertThat(after).hasSize(before + 2);
        DocumentRow visit = after.stream().filter(r -> r.title().equals("走访记录")).findFirst().orElseThrow();
        assertThat(visit.folder()).isEqualTo("调研报告");
        assertThat(visit.internal()).isTrue();
        assertThat(test(view.panel.grid).size()).isEqualTo(before + 2);
        assertThat(view.panel.folderFilter.getListDataView().getItems()).contains("调研报告");
        int visitRow = indexOf(view.panel.grid, "走访记录");
        var actions = test(view.panel.grid).getCellComponent(visitRow, "actions");
        Anchor download = find(Anchor.class, actions).single();
        assertThat(download.getHref()).startsWith("files/" + visit.id() + "/1?m=s&e=").contains("&s=");
        assertThat(download.getElement().getAttribute("aria-label")).isEqualTo("下载 走访记录");
    }

    @Test
    void aRefusedUploadSaysWhyAndAddsNothing() {
        login("deputy");
        long group = deputysGroup();
        int before = rows(group).size();
        DocumentSpaceView view = navigate("documents/group/" + group, DocumentSpaceView.class);
        test(view.panel.upload).upload("报告.pdf", "application/pdf", new byte[]{'M', 'Z', 0, 0, 1, 2, 3, 4});
        assertThat(rows(group)).hasSize(before);
        assertThat(find(Notification.class).all()).anySatisfy(n ->
                assertThat(test(n).getText()).contains("报告.pdf").contains("不允许上传此类文件"));
    }

    @Test
    void anotherGroupsDocumentsDoNotExistForAnOutsider() {
        login("deputy");
        long group = deputysGroup();
        login("npc");
        navigateTo("documents/group/" + group);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        login("street01");
        navigateTo("documents/group/" + group);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void deletingMovesToTheBinAndTheOfficeRestores() {
        login("deputy");
        long group = deputysGroup();
        long id = documents.upload(Space.group(group), null, "待删除的稿件", null, null, false, "d.pdf",
                new java.io.ByteArrayInputStream(PDF));
        login("office");
        DocumentSpaceView view = navigate("documents/group/" + group, DocumentSpaceView.class);
        DocumentRow row = documents.get(id);
        var actions = test(view.panel.grid).getCellComponent(indexOf(view.panel.grid, row.title()), "actions");
        // the delete button of the row, by its accessible name
        find(com.vaadin.flow.component.button.Button.class, actions).all().stream()
                .filter(b -> ("删除 " + row.title()).equals(b.getElement().getAttribute("aria-label")))
                .findFirst().ifPresentOrElse(b -> test(b).click(), () -> {
                    throw new AssertionError("no delete button for " + row.title());
                });
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat(rows(group)).extracting(DocumentRow::id).doesNotContain(id);

        DocumentBinView bin = navigate("documents/bin", DocumentBinView.class);
        Grid<DocumentRow> binned = bin.grid;
        List<Long> inBin = new ArrayList<>();
        for (int i = 0; i < test(binned).size(); i++) {
            inBin.add(test(binned).getRow(i).id());
        }
        assertThat(inBin).contains(id);
        documents.restore(id);
        assertThat(rows(group)).extracting(DocumentRow::id).contains(id);
    }

    @Test
    void theLibraryIsReadByAllAndKeptByTheOffice() {
        login("street01");
        DocumentLibraryView library = navigate("documents", DocumentLibraryView.class);
        assertThat(library.bin.isVisible()).isFalse();
        assertThat(library.library.upload.isAttached()).isFalse();
        test(library.query).setValue("长".repeat(200));
        test(library.searchButton).click();
        assertThat(library.query.isInvalid()).isTrue();

        login("office");
        navigateTo("");
        library = navigate("documents", DocumentLibraryView.class);
        assertThat(library.bin.isVisible()).isTrue();
        assertThat(library.library.upload.isAttached()).isTrue();
        test(library.query).setValue("一个不存在的词语组合");
        test(library.searchButton).click();
        assertThat(library.found.getText()).isEqualTo("“一个不存在的词语组合”共找到 0 个文档");
        assertThat(library.results.isVisible()).isFalse();
    }

    private int indexOf(Grid<DocumentRow> grid, String title) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no row " + title);
    }

    @Test
    void theBinIsTheOfficesOnly() {
        login("deputy");
        navigateTo("documents/bin");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
