package org.ciip.demo;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ciip.identity.Accounts;
import org.ciip.identity.Authenticators;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.AssetRegistry.NewAsset;
import org.ciip.registry.Organizations;
import org.ciip.registry.Organizations.OrganizationRegistration;
import org.ciip.registry.UnifiedSocialCreditCode;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo world once: on by default with the embedded database, off with an external one, switchable with
 * {@code ciip.demo.enabled}. Every account shares one password: {@code CIIP_DEMO_PASSWORD}, or one generated at each
 * start and printed on the console.
 */
@Component
@org.springframework.core.annotation.Order(0)
class DemoWorld implements ApplicationRunner, DemoMode {

    private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);
    static final String ADMIN = "admin";
    static final List<String> ACCOUNTS = List.of("admin", "energy-dept", "finance-dept", "transport-dept", "mps", "cac",
            "miit",
            "psb-beijing",
            "grid-officer", "grid-staff", "bank-officer", "rail-officer", "agency", "supplier");

    private final Organizations organizations;
    private final Accounts accounts;
    private final AssetRegistry assets;
    private final DemoIdentification identification;
    private final DemoProgram program;
    private final DemoSupervision supervision;
    private final DemoSharing sharing;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final String configuredPassword;
    private final Authenticators authenticators;
    private final String configuredTotpSecret;

    DemoWorld(Organizations organizations, Accounts accounts, AssetRegistry assets, DemoIdentification identification,
            DemoProgram program, DemoSupervision supervision, DemoSharing sharing, TransactionTemplate transaction, Environment environment,
            @Value("${ciip.demo.password:}") String configuredPassword, Authenticators authenticators,
            @Value("${ciip.demo.totp-secret:}") String configuredTotpSecret) {
        this.authenticators = authenticators;
        this.configuredTotpSecret = configuredTotpSecret.strip();
        this.organizations = organizations;
        this.accounts = accounts;
        this.assets = assets;
        this.identification = identification;
        this.program = program;
        this.supervision = supervision;
        this.sharing = sharing;
        this.transaction = transaction;
        this.environment = environment;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public boolean on() {
        return enabled();
    }

    boolean enabled() {
        String setting = environment.getProperty("ciip.demo.enabled", "");
        if (!setting.isBlank()) {
            return Boolean.parseBoolean(setting.trim());
        }
        return environment.getProperty("spring.datasource.url", "").isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        start(enabled());
    }

    /** Seeds the demo world (or refreshes its passwords) when on; when off, disables the demo accounts. */
    void start(boolean enabled) {
        if (!enabled) {
            // a database seeded once keeps its demo accounts, but none of them signs in without demo mode
            int disabled = transaction.execute(status -> accounts.disableDemoAccounts());
            if (disabled > 0) {
                log.warn("Demo mode is off: {} demo accounts were disabled", disabled);
            }
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        transaction.executeWithoutResult(status -> {
            if (!accounts.exists(ADMIN)) {
                seed(password);
            } else {
                accounts.enableDemoAccounts();
                ACCOUNTS.stream().filter(accounts::exists).filter(u -> !accounts.hasPassword(u, password))
                        .forEach(u -> accounts.resetDemoPassword(u, password));
            }
        });
        boolean generatedSecret = configuredTotpSecret.isEmpty();
        String totpSecret = generatedSecret ? authenticators.newSecret() : configuredTotpSecret;
        transaction.executeWithoutResult(status -> authenticators.enrolWithSecret(ACCOUNTS, totpSecret));
        transaction.executeWithoutResult(status -> identification.seed());
        transaction.executeWithoutResult(status -> program.seed());
        transaction.executeWithoutResult(status -> supervision.seed());
        transaction.executeWithoutResult(status -> supervision.seedTesting());
        transaction.executeWithoutResult(status -> supervision.seedInspectingBodies());
        transaction.executeWithoutResult(status -> supervision.seedInspection());
        transaction.executeWithoutResult(status -> sharing.seed());
        log.info("""

                ==================================================================
                 CIIP demo world is ready at http://localhost:{}
                 Sign in as grid-officer (or any of: {})
                 Password: {}
                 Second factor (TOTP, every demo account): {}
                   add it to an authenticator app, or: oathtool --totp -b <secret>
                ==================================================================""",
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
                String.join(", ", ACCOUNTS),
                generated ? password + "   (generated for this run; set CIIP_DEMO_PASSWORD to choose one)"
                        : "the value of CIIP_DEMO_PASSWORD",
                generatedSecret ? totpSecret + "   (generated for this run; set CIIP_DEMO_TOTP_SECRET to choose one)"
                        : "the value of CIIP_DEMO_TOTP_SECRET");
    }

    private void seed(String password) {
        UUID admin = org(OrganizationKind.PLATFORM_ADMIN, "CIIP平台运维中心", "CIIP Platform Operations Centre",
                "91", "110000", "70000001A", "110108", List.of());
        UUID energy = org(OrganizationKind.PROTECTION_DEPARTMENT, "国家能源局", "National Energy Administration",
                "11", "100000", "00001301X", "110102", List.of("ENERGY"));
        UUID finance = org(OrganizationKind.PROTECTION_DEPARTMENT, "中国人民银行", "People's Bank of China",
                "11", "100000", "00001210Y", "110102", List.of("FINANCE"));
        // the railway's protection department (Art. 8): the National Railway Administration for rail transport
        UUID transport = org(OrganizationKind.PROTECTION_DEPARTMENT, "国家铁路局", "National Railway Administration",
                "11", "100000", "00001421R", "110102", List.of("TRANSPORTATION"));
        UUID mps = org(OrganizationKind.MPS, "公安部", "Ministry of Public Security", "11", "100000", "00001901M",
                "110101", List.of());
        UUID cac = org(OrganizationKind.CAC, "国家互联网信息办公室", "Cyberspace Administration of China", "11",
                "100000", "00001601C", "110102", List.of());
        // Art. 29: the telecom authority gives technical support; a provincial CAC (of a province with no demo operator,
        // so that the Beijing operators' reports keep their routing)
        UUID miit = org(OrganizationKind.TELECOM_AUTHORITY, "工业和信息化部", "Ministry of Industry and Information Technology",
                "11", "100000", "00001502T", "110102", List.of());
        org(OrganizationKind.PROVINCIAL_CAC, "上海市委网信办", "Shanghai Cyberspace Administration", "11", "310000",
                "00002801Q", "310101", List.of());
        UUID psb = org(OrganizationKind.PUBLIC_SECURITY_ORGAN, "北京市公安局", "Beijing Municipal Public Security Bureau",
                "11", "110000", "00002301B", "110101", List.of());
        UUID grid = org(OrganizationKind.OPERATOR, "华北示范电网有限公司", "North China Demo Power Grid Co., Ltd.", "91",
                "110000", "10001234G", "110102", List.of("ENERGY"));
        UUID bank = org(OrganizationKind.OPERATOR, "示范商业银行股份有限公司", "Demo Commercial Bank Co., Ltd.", "91",
                "110000", "10005678K", "110102", List.of("FINANCE"));
        UUID rail = org(OrganizationKind.OPERATOR, "京沪示范铁路有限公司", "Beijing-Shanghai Demo Railway Co., Ltd.",
                "91", "110000", "10009012R", "110106", List.of("TRANSPORTATION"));
        UUID agency = org(OrganizationKind.SERVICE_AGENCY, "示范网络安全测评中心", "Demo Cybersecurity Assessment Centre",
                "12", "110000", "40001111A", "110108", List.of());
        UUID supplier = org(OrganizationKind.SUPPLIER, "示范信息技术有限公司", "Demo Information Technology Co., Ltd.",
                "91", "110000", "20002222T", "110108", List.of());

        Map<String, Object[]> people = new LinkedHashMap<>();
        people.put("admin", new Object[] {"平台管理员 Platform Administrator", admin, Set.of(Role.PRINCIPAL)});
        people.put("energy-dept", new Object[] {"能源局网络安全处 Energy Cybersecurity Division", energy,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("finance-dept", new Object[] {"人民银行科技司 PBoC Technology Department", finance,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("transport-dept", new Object[] {"国家铁路局安全监察司 NRA Safety Supervision Department", transport,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("mps", new Object[] {"公安部网络安全保卫局 MPS Cybersecurity Bureau", mps,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("cac", new Object[] {"网信办网络安全协调局 CAC Cybersecurity Coordination Bureau", cac,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("miit", new Object[] {"工信部网络安全管理局 MIIT Cybersecurity Administration Bureau", miit,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("psb-beijing", new Object[] {"北京市公安局网安总队 Beijing PSB Cyber Police", psb,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("grid-officer", new Object[] {"王强 Wang Qiang (电网安全负责人 grid security officer)", grid,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("grid-staff", new Object[] {"李娜 Li Na (电网安全专员 grid security staff)", grid,
                Set.of(Role.STAFF)});
        people.put("bank-officer", new Object[] {"陈静 Chen Jing (银行安全负责人 bank security officer)", bank,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("rail-officer", new Object[] {"张伟 Zhang Wei (铁路安全负责人 railway security officer)", rail,
                Set.of(Role.SECURITY_OFFICER)});
        people.put("agency", new Object[] {"刘洋 Liu Yang (测评工程师 assessor)", agency, Set.of(Role.STAFF)});
        people.put("supplier", new Object[] {"赵敏 Zhao Min (供应商联络人 supplier contact)", supplier,
                Set.of(Role.STAFF)});
        people.forEach((username, p) -> {
            @SuppressWarnings("unchecked")
            Set<Role> roles = (Set<Role>) p[2];
            accounts.createDemoAccount(new Accounts.NewAccount(username, (String) p[0], (UUID) p[1], roles, password,
                    username + "@demo.ciip.invalid"));
        });

        accounts.runAs("grid-officer", () -> List.of(
                assets.register(new NewAsset("电力调度控制系统 (SCADA)", "INFORMATION_SYSTEM", "ENERGY", 4,
                        "电网实时调度与控制 Real-time grid dispatching and control")),
                assets.register(new NewAsset("用电信息采集系统", "INFORMATION_SYSTEM", "ENERGY", 3,
                        "用户用电数据采集与计量 Metering data acquisition")),
                assets.register(new NewAsset("电力通信骨干网", "NETWORK_FACILITY", "ENERGY", 3,
                        "调度与保护业务通信 Dispatching and protection communications")),
                assets.register(new NewAsset("营销服务系统", "INFORMATION_SYSTEM", "ENERGY", 3,
                        "电力客户服务与收费 Customer service and billing"))));
        accounts.runAs("bank-officer", () -> List.of(
                assets.register(new NewAsset("核心银行系统", "INFORMATION_SYSTEM", "FINANCE", 4,
                        "存贷款与账务核心处理 Deposits, loans and core ledger")),
                assets.register(new NewAsset("网上银行系统", "INFORMATION_SYSTEM", "FINANCE", 3,
                        "个人与企业网上银行 Online banking")),
                assets.register(new NewAsset("支付清算前置系统", "INFORMATION_SYSTEM", "FINANCE", 4,
                        "跨行支付与清算 Interbank payment and clearing")),
                assets.register(new NewAsset("数据中心网络", "NETWORK_FACILITY", "FINANCE", 3,
                        "数据中心互联与接入 Data centre interconnection"))));
        accounts.runAs("rail-officer", () -> List.of(
                assets.register(new NewAsset("列车调度指挥系统", "INFORMATION_SYSTEM", "TRANSPORTATION", 4,
                        "列车运行调度指挥 Train dispatching and command")),
                assets.register(new NewAsset("客票发售与预订系统", "INFORMATION_SYSTEM", "TRANSPORTATION", 4,
                        "客票发售与席位预订 Ticketing and seat reservation"))));
    }

    private UUID org(OrganizationKind kind, String name, String nameEn, String authorityAndType, String division,
            String organizationCode, String regionCode, List<String> sectors) {
        String creditCode = UnifiedSocialCreditCode.complete(authorityAndType + division + organizationCode);
        return organizations.register(new OrganizationRegistration(kind, name, nameEn, creditCode, regionCode, null,
                sectors)).id();
    }

    private static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
