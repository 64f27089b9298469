package org.ciip.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article of the Regulations cited in the reader's style: "Art. 39(9)" in English, 《条例》第三十九条第（九）项 in
 * Chinese. Articles are written as CIIP writes them everywhere: "18", "39(9)", "43(3)" (for Art. 43 a number in
 * brackets is a paragraph, 第三款; for Art. 39 an item, 第（九）项); also a range "39-41" (第三十九条至第四十一条) and a
 * list "30, 46" (第三十条、第四十六条).
 */
public final class Citation {

    private static final Pattern ARTICLE = Pattern.compile("(\\d{1,2})(?:\\((\\d{1,2})\\))?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*-\\s*(\\d{1,2})");
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Citation() {
    }

    public static String of(String article, boolean zh) {
        if (article == null) {
            return "";
        }
        String trimmed = article.trim();
        Matcher range = RANGE.matcher(trimmed);
        if (range.matches()) {
            return zh ? "《条例》第" + numeral(Integer.parseInt(range.group(1))) + "条至第"
                    + numeral(Integer.parseInt(range.group(2))) + "条" : "Art. " + trimmed;
        }
        if (trimmed.contains(",")) {
            String[] parts = trimmed.split("\\s*,\\s*");
            if (!zh) {
                return "Art. " + String.join(", ", parts);
            }
            StringBuilder text = new StringBuilder("《条例》");
            for (int i = 0; i < parts.length; i++) {
                text.append(i == 0 ? "" : "、").append(of(parts[i], true).substring("《条例》".length()));
            }
            return text.toString();
        }
        Matcher m = ARTICLE.matcher(article.trim());
        if (!m.matches()) {
            return zh ? "《条例》" + article : "Art. " + article;
        }
        if (!zh) {
            return "Art. " + article.trim();
        }
        int main = Integer.parseInt(m.group(1));
        String text = "《条例》第" + numeral(main) + "条";
        if (m.group(2) != null) {
            int sub = Integer.parseInt(m.group(2));
            text += main == 39 ? "第（" + numeral(sub) + "）项" : "第" + numeral(sub) + "款";
        }
        return text;
    }

    /** 1 to 99 in Chinese numerals, as the law numbers its articles: 十, 十八, 三十九. */
    public static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
