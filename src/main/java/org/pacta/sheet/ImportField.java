package org.pacta.sheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a column of an imported spreadsheet can hold, by its stable JSON name ({@link #key()}), and the header
 * names that suggest it, in English, Russian and Persian ({@link #synonyms()}).
 * <p>
 * Header names are compared after {@link HeaderNames#normalize}: case, spaces, punctuation, Arabic and Persian
 * letter variants, the zero-width non-joiner and "ё"/"е" do not count, so "Due date", "DUE-DATE" and "due_date"
 * are one name, and "№" reads as "No". A header that is not a synonym but holds one as whole words ("Deadline
 * (revised 2024)") is a weaker suggestion ({@link ColumnSuggestions}); synonyms shorter than four letters ("No.",
 * "ID", "طرف") only match exactly.
 * <p>
 * Some words are deliberately split between fields, as real plans use them: "Responsible" alone names the
 * responsible party (the country or side), "Lead agency" and "Ответственный исполнитель" the body under it;
 * "Completion date (planned)" is the deadline, "Completion date" alone the day it was done; "Notes" and
 * "Remarks" are progress notes, "Description" and "Details" the description.
 */
public enum ImportField {

    /** The plan's own numbering ("1.2"), which a re-import matches on. */
    REFERENCE("reference",
            List.of("No.", "#", "Ref", "Ref.", "Ref no", "Reference", "Reference number", "ID", "Number", "Nr", "Item no",
                    "Action no", "Commitment no", "Code", "S/N", "Serial number"),
            List.of("№", "№ п/п", "п/п", "Номер", "Номер п/п", "Номер пункта", "Пункт", "Код", "Шифр"),
            List.of("ردیف", "شماره", "شماره ردیف", "کد", "شناسه", "شماره بند", "بند")),

    /** The reference of the item this row is a milestone of. */
    PARENT("parent",
            List.of("Parent", "Parent ref", "Parent reference", "Parent no", "Parent ID", "Parent number", "Parent item",
                    "Part of", "Belongs to", "Under", "Parent commitment"),
            List.of("Родитель", "Родительский пункт", "Номер родителя", "Входит в", "Относится к пункту", "Головной пункт"),
            List.of("والد", "شماره والد", "مرجع والد", "ذیل", "بند والد", "تعهد والد")),

    TITLE("title",
            List.of("Commitment", "Commitments", "Action", "Actions", "Activity", "Activities", "Measure", "Measures",
                    "Task", "Tasks", "Title", "Name", "Action item", "Milestone", "Milestones", "Deliverable",
                    "Deliverables", "Commitment title", "Action title", "Activity name", "Task name", "Key action"),
            List.of("Обязательство", "Обязательства", "Мероприятие", "Мероприятия", "Наименование мероприятия",
                    "Наименование", "Действие", "Задача", "Задачи", "Название", "Мера", "Меры", "Содержание мероприятия"),
            List.of("تعهد", "تعهدات", "اقدام", "اقدامات", "عنوان", "فعالیت", "فعالیت‌ها", "عنوان اقدام", "عنوان تعهد",
                    "عنوان فعالیت", "نام اقدام", "برنامه", "وظیفه")),

    DESCRIPTION("description",
            List.of("Description", "Details", "Detail", "Explanation", "Summary", "Scope", "Full text",
                    "Action description", "Commitment description", "Narrative", "Objective"),
            List.of("Описание", "Подробности", "Пояснение", "Описание мероприятия", "Содержание", "Цель"),
            List.of("شرح", "توضیحات", "توضیح", "شرح اقدام", "جزئیات", "شرح تعهد", "هدف")),

    /** The party (country, side) that answers for the item. */
    RESPONSIBLE_PARTY("responsibleParty",
            List.of("Responsible", "Party", "Responsible party", "Responsible country", "Country", "Side",
                    "Responsible side", "Accountable party"),
            List.of("Ответственный", "Сторона", "Исполнитель", "Ответственная сторона", "Страна"),
            List.of("مسئول", "مسؤول", "طرف", "طرف مسئول", "کشور", "کشور مسئول")),

    /** The ministry or agency under the party that does the work ("GSA and OMB"). */
    RESPONSIBLE_BODY("responsibleBody",
            List.of("Lead agency", "Lead agencies", "Agency", "Agencies", "Body", "Ministry", "Responsible body",
                    "Responsible agency", "Responsible ministry", "Responsible organisation", "Responsible organization",
                    "Implementing agency", "Implementing body", "Lead organisation", "Lead organization", "Lead body",
                    "Lead ministry", "Lead department", "Department", "Institution", "Responsible institution",
                    "Responsible entity", "Organisation", "Organization", "Lead", "Agency name", "Ministry name",
                    "Body name"),
            List.of("Ведомство", "Министерство", "Ответственный орган", "Ответственный исполнитель",
                    "Ответственные исполнители", "Ответственное ведомство", "Орган", "Организация",
                    "Ответственная организация", "Исполнитель (ведомство)"),
            List.of("دستگاه", "دستگاه مسئول", "وزارتخانه", "وزارت", "سازمان", "سازمان مسئول", "نهاد", "نهاد مسئول",
                    "دستگاه اجرایی", "دستگاه اجرایی مسئول", "دستگاه‌های مسئول")),

    /** The person who answers for the item. */
    OWNER_NAME("ownerName",
            List.of("Owner", "Owner name", "Contact", "Contact person", "Focal point", "Point of contact",
                    "Responsible person", "Person responsible", "Lead person", "Official responsible"),
            List.of("Ответственное лицо", "Контактное лицо", "Владелец", "ФИО ответственного", "Куратор",
                    "ФИО исполнителя", "Исполнитель (ФИО)"),
            List.of("مالک", "نام مسئول", "شخص مسئول", "رابط", "مسئول پیگیری", "کارشناس مسئول", "فرد مسئول")),

    OWNER_EMAIL("ownerEmail",
            List.of("Email", "E-mail", "Owner email", "Contact email", "Email address", "Mail", "Focal point email"),
            List.of("Эл. почта", "Электронная почта", "Почта", "Email ответственного", "Адрес электронной почты"),
            List.of("ایمیل", "پست الکترونیک", "پست الکترونیکی", "رایانامه", "نشانی ایمیل")),

    /** The current deadline (a revised one when the plan was revised). */
    DUE_DATE("dueDate",
            List.of("Deadline", "Due", "Due date", "Date due", "Due by", "Target date", "Completion date (planned)",
                    "Planned completion", "Planned completion date", "Planned end", "Planned end date", "End date",
                    "Target", "Timeline", "Timeframe", "Time frame", "By when", "Revised deadline", "Revised date",
                    "Revised due date", "New deadline", "Current deadline", "Deadline (revised)"),
            List.of("Срок", "Сроки", "Срок исполнения", "Сроки исполнения", "Срок выполнения", "Сроки выполнения",
                    "Срок реализации", "Сроки реализации", "Дата исполнения", "Плановый срок", "Новый срок",
                    "Крайний срок", "Дата окончания"),
            List.of("مهلت", "تاریخ سررسید", "سررسید", "موعد", "مهلت انجام", "زمان انجام", "تاریخ انجام", "زمان‌بندی",
                    "تاریخ پایان", "مهلت اجرا", "زمان اجرا", "مهلت جدید", "مهلت اصلاح‌شده")),

    /** The first deadline, when the plan shows it beside a revised one. */
    ORIGINAL_DUE_DATE("originalDueDate",
            List.of("Original deadline", "Original date", "Original due date", "Original target date",
                    "Original completion date", "Baseline", "Baseline date", "Baseline deadline", "Initial deadline",
                    "Initial date", "First deadline"),
            List.of("Первоначальный срок", "Исходный срок", "Изначальный срок", "Базовый срок", "Прежний срок"),
            List.of("مهلت اولیه", "تاریخ اولیه", "مهلت اصلی", "موعد اولیه", "سررسید اولیه", "مهلت قبلی")),

    REVISION_REASON("revisionReason",
            List.of("Reason for revision", "Revision reason", "Reason for change", "Reason for delay", "Change reason",
                    "Reason", "Justification", "Reason for extension", "Explanation of revision"),
            List.of("Причина переноса", "Причина изменения", "Причина изменения срока", "Причина", "Обоснование",
                    "Обоснование переноса", "Причина продления"),
            List.of("دلیل تغییر", "علت تغییر", "دلیل", "علت", "دلیل تمدید", "علت تأخیر", "دلیل تعویق", "علت تمدید")),

    STATUS("status",
            List.of("Status", "State", "Progress status", "Implementation status", "Current status",
                    "Status of implementation", "Completion status"),
            List.of("Статус", "Состояние", "Статус исполнения", "Статус выполнения", "Отметка об исполнении",
                    "Отметка о выполнении"),
            List.of("وضعیت", "وضعیت اجرا", "وضعیت پیشرفت", "وضعیت انجام", "وضعیت تحقق")),

    /** The day the item was actually done. */
    COMPLETED_ON("completedOn",
            List.of("Completed on", "Completion date", "Date completed", "Actual completion date", "Completed",
                    "Actual date", "Date of completion", "Done on", "Actual end date", "Completion date (actual)",
                    "Date achieved"),
            List.of("Дата выполнения", "Фактическая дата", "Фактический срок", "Фактическая дата исполнения",
                    "Дата фактического исполнения", "Дата завершения", "Исполнено"),
            List.of("تاریخ تکمیل", "تاریخ اتمام", "تاریخ واقعی انجام", "تاریخ تحقق", "زمان تکمیل", "انجام شده در")),

    /** A link or a short account of what proves the item done. */
    EVIDENCE("evidence",
            List.of("Evidence", "Evidence link", "Proof", "Link", "URL", "Means of verification",
                    "Verification", "Documentation", "Supporting document", "Supporting documents", "Document link"),
            List.of("Подтверждение", "Подтверждающие документы", "Ссылка", "Доказательство", "Документ"),
            List.of("مستندات", "شواهد", "مدرک", "مدارک", "پیوند", "لینک", "سند", "مستند", "مستندات پشتیبان")),

    PROGRESS_NOTE("progressNote",
            List.of("Progress", "Progress note", "Progress notes", "Progress update", "Update", "Updates", "Comments",
                    "Comment", "Notes", "Note", "Remarks", "Remark", "Latest update", "Status update", "Status notes",
                    "Implementation progress", "Observations"),
            List.of("Ход исполнения", "Ход выполнения", "Примечание", "Примечания", "Комментарий", "Комментарии",
                    "Информация об исполнении", "Информация о ходе исполнения", "Отчет об исполнении"),
            List.of("پیشرفت", "گزارش پیشرفت", "یادداشت", "ملاحظات", "توضیحات پیشرفت", "نظرات", "گزارش اقدام",
                    "آخرین اقدامات")),

    PRIORITY("priority",
            List.of("Priority", "Importance", "Urgency", "Priority level"),
            List.of("Приоритет", "Важность", "Срочность"),
            List.of("اولویت", "اهمیت", "فوریت")),

    TAGS("tags",
            List.of("Tags", "Tag", "Labels", "Label", "Category", "Categories", "Theme", "Themes", "Topic", "Topics",
                    "Area", "Pillar", "Sector", "Keywords"),
            List.of("Теги", "Метки", "Категория", "Тема", "Направление", "Раздел", "Сфера", "Ключевые слова"),
            List.of("برچسب", "برچسب‌ها", "دسته", "دسته‌بندی", "موضوع", "حوزه", "محور", "کلیدواژه")),

    START_ON("startOn",
            List.of("Start", "Start date", "Begin", "Begins", "Beginning", "From", "Planned start", "Start date (planned)",
                    "Commencement"),
            List.of("Начало", "Дата начала", "Срок начала", "Начало исполнения", "Начало реализации"),
            List.of("شروع", "تاریخ شروع", "زمان شروع", "آغاز", "تاریخ آغاز"));

    private final String key;
    private final List<String> english;
    private final List<String> russian;
    private final List<String> persian;

    ImportField(String key, List<String> english, List<String> russian, List<String> persian) {
        this.key = key;
        this.english = english;
        this.russian = russian;
        this.persian = persian;
    }

    /** The field's name in JSON (a mapping's values, a preview's suggestions). */
    @JsonValue
    public String key() {
        return key;
    }

    /** The field of a JSON name, or null when there is none. */
    public static ImportField ofKey(String key) {
        for (ImportField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** Reading a mapping: a name that is no field is an error, never a silent null. */
    @JsonCreator
    static ImportField fromJson(String key) {
        ImportField f = ofKey(key);
        if (f == null) {
            throw new IllegalArgumentException("\"" + key + "\" is not a field; the fields are " + keys());
        }
        return f;
    }

    /** Every header name that suggests this field, English first, then Russian and Persian. */
    public List<String> synonyms() {
        List<String> all = new ArrayList<>(english.size() + russian.size() + persian.size() + 1);
        all.add(key);
        all.addAll(english);
        all.addAll(russian);
        all.addAll(persian);
        return Collections.unmodifiableList(all);
    }

    /** The column's name in Pacta's own files (export, template, overdue report): its first English synonym. */
    public String header() {
        return english.get(0);
    }

    /** The field whose {@link #header()} this is, ignoring case; null when none. */
    public static ImportField ofHeader(String header) {
        for (ImportField f : values()) {
            if (f.header().equalsIgnoreCase(header)) {
                return f;
            }
        }
        return null;
    }

    public List<String> english() {
        return english;
    }

    public List<String> russian() {
        return russian;
    }

    public List<String> persian() {
        return persian;
    }

    /** The JSON names of all fields, in this order. */
    public static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (ImportField f : values()) {
            out.add(f.key);
        }
        return out;
    }
}
