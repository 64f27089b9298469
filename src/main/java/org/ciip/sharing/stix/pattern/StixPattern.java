package org.ciip.sharing.stix.pattern;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ciip.sharing.stix.Check;

/**
 * The STIX 2.1 patterning language (part 9 of the specification), parsed by recursive descent: observation
 * expressions joined by AND, OR and FOLLOWEDBY, with WITHIN, REPEATS and START/STOP qualifiers; comparison
 * expressions of object paths against literals (=, !=, &lt;, &gt;, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET, EXISTS,
 * NOT). A pattern that parses answers the object types it tests.
 */
public final class StixPattern {

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES",
            "ISSUBSET", "ISSUPERSET", "IN", "EXISTS", "WITHIN", "SECONDS", "REPEATS", "TIMES", "START", "STOP");
    private static final Pattern TYPE_NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$");
    private static final Pattern PROPERTY = Pattern.compile("^[A-Za-z0-9_]{1,250}$");

    /** The result of a check: the object types the pattern tests, or what is wrong with it. */
    public record Result(Set<String> objectTypes, Optional<PatternProblem> problem) {

        public boolean valid() {
            return problem.isEmpty();
        }
    }

    private enum Kind { WORD, STRING, TIMESTAMP, HEX, BINARY, NUMBER, PUNCT, END }

    private record Token(Kind kind, String text, int position) {
    }

    private static final class Failure extends RuntimeException {
        private final PatternProblem problem;

        Failure(PatternProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    private final List<Token> tokens;
    private final Set<String> objectTypes = new LinkedHashSet<>();
    private int at;

    private StixPattern(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static Result check(String pattern) {
        try {
            StixPattern parser = new StixPattern(tokenize(pattern));
            parser.observations();
            Token rest = parser.peek();
            if (rest.kind != Kind.END) {
                throw new Failure(new PatternProblem(PatternProblem.Code.TRAILING, rest.position, rest.text));
            }
            return new Result(Set.copyOf(parser.objectTypes), Optional.empty());
        } catch (Failure f) {
            return new Result(Set.of(), Optional.of(f.problem));
        }
    }

    // observationExpressions: or (FOLLOWEDBY or)*
    private void observations() {
        observationOr();
        while (keyword("FOLLOWEDBY")) {
            observationOr();
        }
    }

    private void observationOr() {
        observationAnd();
        while (keyword("OR")) {
            observationAnd();
        }
    }

    private void observationAnd() {
        qualifiedObservation();
        while (keyword("AND")) {
            qualifiedObservation();
        }
    }

    private void qualifiedObservation() {
        if (punct("[")) {
            comparisonOr();
            expectPunct("]");
        } else if (punct("(")) {
            observations();
            expectPunct(")");
        } else {
            throw expected("[ or (");
        }
        while (true) {
            Token qualifier = peek();
            if (keyword("WITHIN")) {
                Token n = expect(Kind.NUMBER, "a number of seconds");
                if (Double.parseDouble(n.text) <= 0) {
                    throw problem(PatternProblem.Code.BAD_QUALIFIER, qualifier, "needs a positive number of seconds");
                }
                expectKeyword("SECONDS");
            } else if (keyword("REPEATS")) {
                Token n = expect(Kind.NUMBER, "a number of times");
                if (!n.text.matches("\\+?[0-9]+") || Long.parseLong(n.text.replace("+", "")) <= 0) {
                    throw problem(PatternProblem.Code.BAD_QUALIFIER, qualifier, "needs a positive whole number");
                }
                expectKeyword("TIMES");
            } else if (keyword("START")) {
                Token start = timestamp();
                expectKeyword("STOP");
                Token stop = timestamp();
                if (!Check.parse(stop.text).isAfter(Check.parse(start.text))) {
                    throw problem(PatternProblem.Code.BAD_QUALIFIER, qualifier, "must STOP after it STARTs");
                }
            } else {
                return;
            }
        }
    }

    /** A comparison expression answers the single object type its AND-joined comparisons test. */
    private void comparisonOr() {
        comparisonAnd();
        while (keyword("OR")) {
            comparisonAnd();
        }
    }

    private String comparisonAnd() {
        String type = propositionalTest();
        while (keyword("AND")) {
            Token next = peek();
            String other = propositionalTest();
            if (type != null && other != null && !type.equals(other)) {
                throw problem(PatternProblem.Code.MIXED_TYPES, next, type + ", " + other);
            }
            type = type == null ? other : type;
        }
        return type;
    }

    private String propositionalTest() {
        if (punct("(")) {
            comparisonOr();
            expectPunct(")");
            return null;
        }
        if (keyword("EXISTS")) {
            return objectPath();
        }
        String type = objectPath();
        keyword("NOT");
        Token operator = peek();
        if (punct("=") || punct("==") || punct("!=") || punct("<>")) {
            literal(false);
        } else if (punct("<") || punct(">") || punct("<=") || punct(">=")) {
            literal(true);
        } else if (keyword("IN")) {
            expectPunct("(");
            if (!punct(")")) {
                do {
                    literal(false);
                } while (punct(","));
                expectPunct(")");
            }
        } else if (keyword("LIKE") || keyword("ISSUBSET") || keyword("ISSUPERSET")) {
            expect(Kind.STRING, "a quoted string");
        } else if (keyword("MATCHES")) {
            Token regex = expect(Kind.STRING, "a quoted regular expression");
            try {
                Pattern.compile(regex.text);
            } catch (PatternSyntaxException e) {
                throw problem(PatternProblem.Code.BAD_REGEX, regex, e.getDescription());
            }
        } else {
            throw new Failure(new PatternProblem(PatternProblem.Code.EXPECTED, operator.position,
                    "a comparison (=, !=, <, >, <=, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)"));
        }
        return type;
    }

    // objectPath: type ':' first ( '.' name | '[' int|* ']' )*
    private String objectPath() {
        Token type = expect(Kind.WORD, "an object type like ipv4-addr");
        if (!TYPE_NAME.matcher(type.text).matches() || KEYWORDS.contains(type.text)) {
            throw problem(PatternProblem.Code.BAD_NAME, type, type.text);
        }
        expectPunct(":");
        propertyName();
        while (true) {
            if (punct(".")) {
                propertyName();
            } else if (punct("[")) {
                if (!punct("*")) {
                    Token index = expect(Kind.NUMBER, "an index or *");
                    if (!index.text.matches("-?[0-9]+")) {
                        throw problem(PatternProblem.Code.BAD_NAME, index, index.text);
                    }
                }
                expectPunct("]");
            } else {
                break;
            }
        }
        objectTypes.add(type.text);
        return type.text;
    }

    private void propertyName() {
        Token name = peek();
        if (name.kind == Kind.STRING) {
            at++;
            return;
        }
        expect(Kind.WORD, "a property name");
        if (!PROPERTY.matcher(name.text).matches()) {
            throw problem(PatternProblem.Code.BAD_NAME, name, name.text);
        }
    }

    private Token timestamp() {
        Token t = expect(Kind.TIMESTAMP, "a timestamp t'...'");
        if (Check.parse(t.text) == null) {
            throw problem(PatternProblem.Code.BAD_TIMESTAMP, t, "t'" + t.text + "'");
        }
        return t;
    }

    private void literal(boolean orderable) {
        Token t = peek();
        switch (t.kind) {
            case STRING, NUMBER, HEX, BINARY -> at++;
            case TIMESTAMP -> timestamp();
            case WORD -> {
                if (orderable || !(t.text.equals("true") || t.text.equals("false"))) {
                    throw expected("a literal ('text', 42, t'...', h'...', b'...'" + (orderable ? "" : ", true")
                            + ")");
                }
                at++;
            }
            default -> throw expected("a literal ('text', 42, t'...', h'...', b'...')");
        }
    }

    private Token peek() {
        return tokens.get(at);
    }

    private boolean keyword(String word) {
        Token t = peek();
        if (t.kind == Kind.WORD && t.text.equals(word)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean punct(String symbol) {
        Token t = peek();
        if (t.kind == Kind.PUNCT && t.text.equals(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    private void expectPunct(String symbol) {
        if (!punct(symbol)) {
            throw expected(symbol);
        }
    }

    private void expectKeyword(String word) {
        if (!keyword(word)) {
            throw expected(word);
        }
    }

    private Token expect(Kind kind, String what) {
        Token t = peek();
        if (t.kind != kind) {
            throw expected(what);
        }
        at++;
        return t;
    }

    private Failure expected(String what) {
        Token t = peek();
        return new Failure(new PatternProblem(PatternProblem.Code.EXPECTED, t.position,
                what + (t.kind == Kind.END ? " before the end" : ", found " + t.text)));
    }

    private static Failure problem(PatternProblem.Code code, Token token, String detail) {
        return new Failure(new PatternProblem(code, token.position, detail));
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if ((c == 't' || c == 'h' || c == 'b') && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                int end = closing(s, i + 1);
                String body = s.substring(i + 2, end);
                Kind kind = c == 't' ? Kind.TIMESTAMP : c == 'h' ? Kind.HEX : Kind.BINARY;
                if (kind == Kind.HEX && !body.matches("([0-9a-fA-F]{2})*")
                        || kind == Kind.BINARY && !base64(body)) {
                    throw new Failure(new PatternProblem(PatternProblem.Code.BAD_BINARY, start, c + "'" + body + "'"));
                }
                tokens.add(new Token(kind, body, start));
                i = end + 1;
            } else if (c == '\'') {
                int end = closing(s, i);
                tokens.add(new Token(Kind.STRING, unescape(s.substring(i + 1, end)), start));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '-' || c == '+') && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-'
                            || s.charAt(j) == '_')) {
                        j++;
                    }
                    tokens.add(new Token(Kind.WORD, s.substring(i, j), start));
                } else {
                    String number = s.substring(i, j);
                    if (!number.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
                        throw new Failure(new PatternProblem(PatternProblem.Code.BAD_NAME, start, number));
                    }
                    tokens.add(new Token(Kind.NUMBER, number, start));
                }
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-'
                        || s.charAt(j) == '_')) {
                    j++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(i, j), start));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (List.of("!=", "<>", "<=", ">=", "==").contains(two)) {
                    tokens.add(new Token(Kind.PUNCT, two, start));
                    i += 2;
                } else if ("[]():,.=<>*".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.PUNCT, String.valueOf(c), start));
                    i++;
                } else {
                    throw new Failure(new PatternProblem(PatternProblem.Code.UNEXPECTED_CHARACTER, start,
                            String.valueOf(c)));
                }
            }
        }
        tokens.add(new Token(Kind.END, "", s.length() + 1));
        return tokens;
    }

    /** The index of the quote that closes the one at {@code open}; a backslash escapes \ and '. */
    private static int closing(String s, int open) {
        for (int j = open + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '\'') {
                return j;
            }
        }
        throw new Failure(new PatternProblem(PatternProblem.Code.UNTERMINATED_STRING, open + 1, ""));
    }

    private static String unescape(String body) {
        return body.replace("\\'", "'").replace("\\\\", "\\");
    }

    private static boolean base64(String body) {
        try {
            Base64.getDecoder().decode(body);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
