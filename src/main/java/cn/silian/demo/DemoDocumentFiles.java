package cn.silian.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

/**
 * The files of the demo's document spaces: a research report, a meeting agenda, a reception
 * log, a station notice and a page of the office library, each a real file of its type with
 * plausible Chinese content, always the same text and dates.
 */
final class DemoDocumentFiles {

    // Readers supply the Adobe CJK font, so nothing is embedded; PDFBox still extracts the text.
    private static final String CJK_FONT = "STSong-Light";
    private static final String CJK_ENCODING = "UniGB-UCS2-H";
    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DemoDocumentFiles() {
    }

    // ---- research report (PDF) ---------------------------------------------------------------

    private static final String REPORT_TITLE = "关于老旧小区加装电梯工作的调研报告";
    private static final String REPORT_AUTHOR = "区人大常委会城建环保工委";

    private static final List<Section> REPORT = List.of(
            new Section(null, List.of(
                    "根据区人大常委会 2026 年度工作要点和“老旧小区改造中的加装电梯与管网更新”课题安排，"
                            + "2026 年 5 月至 8 月，城建环保工委组织部分四级人大代表，深入城关、东湖、西溪三个街道的"
                            + " 12 个老旧小区，通过实地走访、入户访谈、问卷调查和座谈交流等方式，对我区既有住宅加装电梯"
                            + "工作进行了专题调研。调研期间共发放问卷 420 份，收回有效问卷 396 份，召开居民议事会 3 场，"
                            + "并在城关街道幸福社区人大代表联络站、东湖街道金桥社区人大代表联络站集中听取群众意见。"
                            + "现将有关情况报告如下。")),
            new Section("一、基本情况", List.of(
                    "（一）需求总量大。全区 2000 年前建成的老旧小区共 126 个，涉及住宅楼 1460 幢、居民 3.8 万户，"
                            + "其中 60 岁以上老年人口占比达 31.2%。问卷显示，四层及以上住户中有 78.5% 希望加装电梯，"
                            + "“悬空老人”出行难的问题较为突出。",
                    "（二）工作有进展。2023 年以来，区住建局会同各街道出台了既有住宅加装电梯实施办法和财政补助细则，"
                            + "对每台电梯给予 20 万元定额补助。截至 2026 年 6 月底，全区已完成加装电梯 214 台，"
                            + "在建 57 台，已受理尚未开工的申请 38 件。",
                    "（三）推进方式逐步成熟。城关、东湖等街道探索形成“业主自治、社区协商、部门服务”的工作模式，"
                            + "由居委会牵头组织业主意见征集，代表联络站定期安排代表接待，邀请规划、住建、市场监管等部门"
                            + "现场答疑，一批长期搁置的项目得以落地。")),
            new Section("二、存在的问题", List.of(
                    "（一）业主意见难统一。按照规定，加装电梯须经本单元专有部分面积占比三分之二以上且人数占比"
                            + "三分之二以上的业主同意。调研发现，低层住户普遍担心采光、通风、噪声和房屋价值受影响，"
                            + "部分单元因一户反对而搁置两年以上。走访的 12 个小区中，有 9 个存在因低层住户补偿分歧"
                            + "而停滞的单元。",
                    "（二）资金分摊缺少参照。目前资金分摊主要由业主自行协商，多数单元按楼层递增系数分摊，"
                            + "但系数高低差别较大，从 1∶1.5 到 1∶3 不等，容易引发争议。住房公积金提取、专项维修资金"
                            + "使用等政策知晓率不高，问卷中仅有 23.7% 的居民了解相关规定。",
                    "（三）低层住户补偿没有统一标准。对一、二层住户的补偿，有的采取一次性现金补偿，有的免除电梯"
                            + "使用费用，标准从每户 5000 元到 3 万元不等，缺少区级指导意见，街道和社区调解时缺乏依据。",
                    "（四）审批流程仍显繁琐。加装电梯涉及规划许可、施工图审查、特种设备安装告知、管线迁移等多个"
                            + "环节，部分环节需要业主多次往返不同部门。管线迁移涉及供水、燃气、电力、通信等多家单位，"
                            + "协调时间平均超过三个月，成为影响工期的主要因素。",
                    "（五）后期维保责任不清。已加装的电梯普遍没有约定维保资金的来源和管理方式，部分电梯由施工"
                            + "单位临时维护，合同到期后存在无人管理的风险。")),
            new Section("三、意见建议", List.of(
                    "（一）完善协商议事机制。建议以社区为单位建立加装电梯协商议事会，发挥人大代表联络站的平台作用，"
                            + "由代表、社区干部、律师和业主代表共同参与，对意见分歧较大的单元开展“一楼一策”调解。",
                    "（二）出台资金分摊和补偿指导标准。建议区住建局会同司法行政部门，在总结已建项目经验的基础上，"
                            + "制定楼层分摊系数和低层住户补偿的参考区间，供业主协商时参照，并明确街道调解的程序和时限。",
                    "（三）优化审批服务。建议推行加装电梯“一窗受理、并联审批”，将规划许可、施工图审查和特种设备"
                            + "安装告知等事项集中办理；由区政府牵头建立管线迁移联席机制，明确各管线单位的办理时限，"
                            + "对迁移费用给予适当补助。",
                    "（四）建立长效维保机制。建议在项目立项时即约定维保主体和资金来源，引导业主购买电梯维保和"
                            + "安全责任保险，鼓励有条件的小区引入专业物业统一管理。",
                    "（五）加强政策宣传和代表监督。建议各街道利用代表联络站接待日、居民议事会等渠道宣传公积金"
                            + "提取和维修资金使用政策；区人大常委会将加装电梯工作纳入年度跟踪监督，适时组织代表开展"
                            + "专题视察，推动问题逐项解决。")));

    private record Section(String heading, List<String> paragraphs) {
    }

    static byte[] researchReportPdf() {
        return pdf(REPORT_TITLE, REPORT_AUTHOR, LocalDate.of(2026, 9, 15), "城建环保工委调研组　2026 年 9 月",
                REPORT, REPORT_AUTHOR + "调研组\n2026 年 9 月 15 日");
    }

    /** The report's earlier draft, sent round the group before the suggestions were agreed. */
    static byte[] researchReportDraftPdf() {
        List<Section> draft = List.of(REPORT.get(0), REPORT.get(1), REPORT.get(2),
                new Section("三、意见建议", List.of("（待调研组 9 月上旬集中讨论后补充。请各位代表结合走访情况提出修改意见。）")));
        return pdf(REPORT_TITLE, REPORT_AUTHOR, LocalDate.of(2026, 8, 28), "城建环保工委调研组　2026 年 8 月（征求意见稿）",
                draft, REPORT_AUTHOR + "调研组\n2026 年 8 月 28 日");
    }

    // ---- office library (PDF) ----------------------------------------------------------------

    private static final List<Section> GUIDE = List.of(
            new Section("一、代表的基本职责", List.of(
                    "代表应当模范遵守宪法和法律，与原选区选民或者原选举单位保持密切联系，听取和反映人民群众的"
                            + "意见和要求，努力为人民服务，对人民负责，并接受其监督。")),
            new Section("二、闭会期间的履职方式", List.of(
                    "代表在闭会期间可以参加常委会组织的视察、专题调研和执法检查，列席常委会会议，参加代表小组"
                            + "活动，通过人大代表联络站接待群众，并就群众关心的问题提出建议、批评和意见。")),
            new Section("三、联络站接待工作要求", List.of(
                    "按照排班表准时进站，认真听取来访群众的意见，如实填写接待登记表；能当场答复的当场答复，"
                            + "需要有关部门办理的，由联络站汇总后转交，并在 15 个工作日内向来访人反馈办理进展。")),
            new Section("四、建议的提出与跟踪", List.of(
                    "提出建议应当一事一议，内容具体、理由充分、措施可行。承办单位答复后，代表可以对办理结果"
                            + "表示满意、基本满意或者不满意；对不满意的，常委会工作机构督促承办单位重新研究办理。")));

    static byte[] libraryGuidePdf() {
        return pdf("代表履职工作手册（摘要）", "区人大常委会代表工作委员会", LocalDate.of(2026, 1, 10),
                "区人大常委会代表工作委员会编　2026 年 1 月", GUIDE, null);
    }

    // ---- PDF layout --------------------------------------------------------------------------

    private static byte[] pdf(String title, String author, LocalDate created, String subtitle, List<Section> sections,
                              String signature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            BaseFont base = BaseFont.createFont(CJK_FONT, CJK_ENCODING, BaseFont.NOT_EMBEDDED);
            Font titleFont = new Font(base, 20, Font.BOLD);
            Font headingFont = new Font(base, 14, Font.BOLD);
            Font body = new Font(base, 12);
            Font small = new Font(base, 10);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(small));
            document.addTitle(title);
            document.addAuthor(author);
            document.open();
            // OpenPDF writes the current time even when Document.addCreationDate is given a date, so the entry is set here.
            writer.getInfo().put(PdfName.CREATIONDATE, pdfDate(created));
            Paragraph heading = new Paragraph(title, titleFont);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph sub = new Paragraph(subtitle, small);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(18);
            document.add(sub);
            for (Section section : sections) {
                if (section.heading() != null) {
                    Paragraph h = new Paragraph(section.heading(), headingFont);
                    h.setSpacingBefore(10);
                    h.setSpacingAfter(4);
                    document.add(h);
                }
                for (String text : section.paragraphs()) {
                    Paragraph p = new Paragraph(22, text, body);
                    p.setFirstLineIndent(24);
                    p.setAlignment(Element.ALIGN_JUSTIFIED);
                    p.setSpacingAfter(4);
                    document.add(p);
                }
            }
            if (signature != null) {
                Paragraph signed = new Paragraph(22, signature, body);
                signed.setAlignment(Element.ALIGN_RIGHT);
                signed.setSpacingBefore(24);
                document.add(signed);
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PdfDate pdfDate(LocalDate day) {
        return new PdfDate(GregorianCalendar.from(ZonedDateTime.of(day.atTime(9, 0), ZONE)));
    }

    /** "— 1 —" centred under each page, as official documents are numbered. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("— " + writer.getPageNumber() + " —", font),
                    (document.left() + document.right()) / 2, document.bottom() - 28, 0);
        }
    }

    // ---- meeting agenda (DOCX) ---------------------------------------------------------------

    private static final String[] AGENDA = {
            "传达学习全国人大常委会关于加强代表工作能力建设的有关精神",
            "听取区住建局关于老旧小区加装电梯工作情况的通报",
            "城建环保工委调研组汇报《关于老旧小区加装电梯工作的调研报告》",
            "分组讨论：各代表小组结合联络站接待中收集的群众意见发言",
            "区政府有关部门负责同志回应代表意见",
            "区人大常委会主要领导讲话"};

    private static final String[] AGENDA_NOTES = {
            "请参会代表于 8:40 前到会签到，佩戴代表证。",
            "分组讨论按代表小组进行，各组召集人负责记录并于会后两日内报送代表工委。",
            "因故不能参加的，请提前向所在街道人大工委请假。"};

    static byte[] meetingAgendaDocx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            describe(document.getProperties(), "四级人大代表联组会议议程", "区人大常委会代表工作委员会",
                    LocalDate.of(2026, 11, 20));
            line(document, "四级人大代表联组会议议程", HEADING_FONT, 22, true, ParagraphAlignment.CENTER, 240);
            line(document, "时间：2026 年 11 月 26 日（星期四）上午 9:00", BODY_FONT, 14, false, ParagraphAlignment.LEFT, 0);
            line(document, "地点：区人大常委会三楼第一会议室", BODY_FONT, 14, false, ParagraphAlignment.LEFT, 0);
            line(document, "主持：区人大常委会副主任", BODY_FONT, 14, false, ParagraphAlignment.LEFT, 0);
            line(document, "参加：在本区的全国、省、市、区人大代表，各街道人大工委负责同志", BODY_FONT, 14, false,
                    ParagraphAlignment.LEFT, 240);
            line(document, "会议议程", HEADING_FONT, 16, true, ParagraphAlignment.LEFT, 120);
            for (int i = 0; i < AGENDA.length; i++) {
                line(document, chineseNumber(i + 1) + "、" + AGENDA[i], BODY_FONT, 14, false, ParagraphAlignment.LEFT, 60);
            }
            line(document, "", BODY_FONT, 14, false, ParagraphAlignment.LEFT, 0);
            line(document, "会务说明", HEADING_FONT, 16, true, ParagraphAlignment.LEFT, 120);
            for (int i = 0; i < AGENDA_NOTES.length; i++) {
                line(document, (i + 1) + ". " + AGENDA_NOTES[i], BODY_FONT, 14, false, ParagraphAlignment.LEFT, 60);
            }
            line(document, "", BODY_FONT, 14, false, ParagraphAlignment.LEFT, 0);
            line(document, "区人大常委会代表工作委员会", BODY_FONT, 14, false, ParagraphAlignment.RIGHT, 0);
            line(document, "2026 年 11 月 20 日", BODY_FONT, 14, false, ParagraphAlignment.RIGHT, 0);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument document, String text, String font, int size, boolean bold,
                             ParagraphAlignment alignment, int spacingAfterTwips) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfterTwips);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        // Word picks the East Asian font for Chinese characters and the ASCII font for digits.
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static String chineseNumber(int n) {
        return String.valueOf("一二三四五六七八九十".charAt(n - 1));
    }

    // ---- reception log (XLSX) ----------------------------------------------------------------

    private record Visit(LocalDate day, String visitor, String concern, String deputy, String outcome) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit(LocalDate.of(2026, 7, 8), "王女士", "幸福小区 6 幢加装电梯，一楼住户担心采光受影响，希望代表协调",
                    "陈志强", "已约居委会、设计单位 7 月 15 日上门沟通，调整井道位置"),
            new Visit(LocalDate.of(2026, 7, 8), "李先生", "小区路灯多处损坏，夜间出行不便", "陈志强",
                    "已转街道城管科，7 月 20 日前完成修复"),
            new Visit(LocalDate.of(2026, 7, 22), "赵大爷", "希望社区老年食堂增加周末供餐", "刘海燕",
                    "已向街道社会事务办反映，纳入下季度调研"),
            new Visit(LocalDate.of(2026, 7, 22), "孙女士", "小学放学后托管名额不足，双职工家庭接送困难", "刘海燕",
                    "记录在案，转代表小组课后服务调研"),
            new Visit(LocalDate.of(2026, 8, 12), "周先生", "加装电梯资金分摊比例意见分歧，希望有参考标准", "张建华",
                    "解答现行政策，意见已汇总报调研组"),
            new Visit(LocalDate.of(2026, 8, 12), "吴女士", "楼道电动车充电存在安全隐患", "张建华",
                    "已告知物业整改，推动建设集中充电桩"),
            new Visit(LocalDate.of(2026, 8, 26), "郑先生", "菜市场周边早高峰占道经营，交通拥堵", "王丽萍",
                    "已转街道综合执法队，增加早间巡查"),
            new Visit(LocalDate.of(2026, 8, 26), "冯女士", "社区卫生服务中心周末没有儿科门诊", "王丽萍",
                    "已向区卫健局反映，答复将试行周末儿科门诊"),
            new Visit(LocalDate.of(2026, 9, 9), "陈大爷", "老旧小区雨污管网老化，雨天返水", "陈志强",
                    "已联系区住建局列入管网更新计划"),
            new Visit(LocalDate.of(2026, 9, 9), "褚先生", "低层住户补偿标准不明确，加装电梯搁置两年", "陈志强",
                    "已组织双方协商，达成初步补偿意向"),
            new Visit(LocalDate.of(2026, 9, 23), "卫女士", "希望代表联络站开放时间延长到晚上", "刘海燕",
                    "已向街道人大工委转达，试行每月一次晚间接待"),
            new Visit(LocalDate.of(2026, 9, 23), "蒋先生", "河道夏季有异味，影响沿河居民", "张建华",
                    "已联系河长办安排水质检测，结果将在联络站公示"));

    static byte[] receptionLogXlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            describe(workbook.getProperties(), "代表联络站接待登记表", "城关街道幸福社区人大代表联络站",
                    LocalDate.of(2026, 9, 30));
            XSSFSheet sheet = workbook.createSheet("接待登记");
            XSSFFont boldFont = workbook.createFont();
            boldFont.setBold(true);
            XSSFFont titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);

            CellStyle title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = bordered(workbook);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);

            String[] headers = {"日期", "来访人", "反映事项", "接待代表", "办理情况"};
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            titleRow.createCell(0).setCellValue("代表联络站接待登记表");
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
            sheet.createRow(1).createCell(0).setCellValue("城关街道幸福社区人大代表联络站　2026 年第三季度");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.length - 1));

            Row headerRow = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                headerRow.createCell(c).setCellValue(headers[c]);
                headerRow.getCell(c).setCellStyle(header);
            }
            int r = 3;
            for (Visit visit : VISITS) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(visit.day());
                row.getCell(0).setCellStyle(date);
                String[] values = {visit.visitor(), visit.concern(), visit.deputy(), visit.outcome()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c + 1).setCellValue(values[c]);
                    row.getCell(c + 1).setCellStyle(text);
                }
            }
            int[] widthsInChars = {12, 10, 40, 10, 40};
            for (int c = 0; c < widthsInChars.length; c++) {
                sheet.setColumnWidth(c, widthsInChars[c] * 256);
            }
            sheet.createFreezePane(0, 3);
            sheet.getPrintSetup().setLandscape(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Fixed metadata, so the file does not claim to be written whenever the demo starts. */
    private static void describe(POIXMLProperties properties, String title, String creator, LocalDate created) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Date at = Date.from(ZonedDateTime.of(created.atTime(9, 0), ZONE).toInstant());
        core.setTitle(title);
        core.setCreator(creator);
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
    }

    // ---- station notice (plain text) ---------------------------------------------------------

    static byte[] stationNoticeTxt() {
        String notice = """
                联络站接待日安排

                各位居民：

                为方便群众就近反映意见建议，城关街道幸福社区人大代表联络站 2026 年第四季度接待日安排如下：

                一、接待时间
                每月第二、第四个星期三上午 9:00—11:30。

                二、接待地点
                幸福社区党群服务中心二楼代表联络站。

                三、接待代表
                10 月 14 日　陈志强（区人大代表）、刘海燕（市人大代表）
                10 月 28 日　张建华（区人大代表）
                11 月 11 日　王丽萍（区人大代表）、陈志强（区人大代表）
                11 月 25 日　刘海燕（市人大代表）
                12 月 9 日　 张建华（区人大代表）、王丽萍（区人大代表）
                12 月 23 日　陈志强（区人大代表）

                四、反映方式
                居民可在接待日到联络站当面反映，也可在工作日将书面意见交社区服务中心，由工作人员转交接待代表。
                代表接待后，联络站将在 15 个工作日内向来访人反馈办理进展。

                五、其他事项
                本季度代表将重点听取老旧小区加装电梯、管网更新和“一老一小”服务方面的意见建议，欢迎居民踊跃参与。
                如遇节假日或代表临时有公务，接待日顺延，联络站将提前在社区公告栏公示。

                城关街道人大工委
                幸福社区人大代表联络站
                2026 年 9 月 28 日
                """;
        return notice.getBytes(StandardCharsets.UTF_8);
    }
}
