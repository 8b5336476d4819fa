#include "engine/analyzer.h"
#include "support/describefindings.h"
#include "support/rulesonly.h"

#include <QTest>

using namespace rolelens;

class TestRules : public QObject
{
    Q_OBJECT

private:
    const Analyzer m_analyzer{builtinRulesWithoutModel()};

    void addRows()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
    }

private Q_SLOTS:
    void truePositives_data()
    {
        addRows();
        QTest::newRow("strong cue with a technology list")
            << QStringLiteral("TPM with expertise in Java, Python, and AWS.")
            << QStringList{QStringLiteral(
                   "coding-demand/expertise error «expertise in Java, Python, and AWS»")};
        QTest::newRow("proficient in")
            << QStringLiteral("Proficient in C# and Kubernetes.")
            << QStringList{QStringLiteral(
                   "coding-demand/expertise error «Proficient in C# and Kubernetes»")};
        QTest::newRow("must code")
            << QStringLiteral("You must code in Python every day.")
            << QStringList{QStringLiteral("coding-demand/expertise error «must code in Python»")};
        QTest::newRow("years developing")
            << QStringLiteral("5+ years developing in Java.")
            << QStringList{QStringLiteral(
                   "coding-demand/years-of-development error «5+ years developing in Java»")};
        QTest::newRow("preferred lowers the severity")
            << QStringLiteral("Hands-on experience with Kubernetes is a plus.")
            << QStringList{QStringLiteral(
                   "coding-demand/expertise warning «Hands-on experience with Kubernetes»")};
        QTest::newRow("Go to do something is still Go")
            << QStringLiteral("# Technical Project Manager\nRequirements:\n- Go to build services")
            << QStringList{QStringLiteral("coding-demand/required-technology-list error «Go»")};
        QTest::newRow("Go in a list under requirements")
            << QStringLiteral("# Technical Project Manager\nRequirements:\n- Go, Rust")
            << QStringList{
                   QStringLiteral("coding-demand/required-technology-list error «Go, Rust»")};
        QTest::newRow("experience with a language")
            << QStringLiteral("Experience with Java, JavaScript and React.")
            << QStringList{QStringLiteral("coding-demand/experience-with-code error «Experience "
                                          "with Java, JavaScript and React»")};
        QTest::newRow("React in capitals")
            << QStringLiteral("Strong REACT and JAVA skills required.")
            << QStringList{QStringLiteral(
                   "coding-demand/strong-technology-skills error «Strong REACT and JAVA skills»")};
        QTest::newRow("react in lower case")
            << QStringLiteral("Expertise in react and node.js.")
            << QStringList{QStringLiteral(
                   "coding-demand/expertise error «Expertise in react and node.js»")};
        QTest::newRow("experience with engineering tools is a demand")
            << QStringLiteral("Experience with Terraform and Docker.")
            << QStringList{QStringLiteral("coding-demand/experience-with-platform error "
                                          "«Experience with Terraform and Docker»")};
        QTest::newRow("developer work in a bullet")
            << QStringLiteral("- Write and deploy production code")
            << QStringList{QStringLiteral(
                   "execution-duty/hands-on-code-work error «Write and deploy production code»")};
        QTest::newRow("developer work after you will")
            << QStringLiteral("You will debug services in production.")
            << QStringList{
                   QStringLiteral("execution-duty/hands-on-code-work error «debug services»")};
        QTest::newRow("engineering routine covers the sentence")
            << QStringLiteral("Participate in the on-call rotation.")
            << QStringList{QStringLiteral("execution-duty/engineering-routine error «Participate "
                                          "in the on-call rotation»")};
        QTest::newRow("advanced engineering degree")
            << QStringLiteral("Master's degree in Computer Science required.")
            << QStringList{QStringLiteral("credential/advanced-engineering-degree error «Master's "
                                          "degree in Computer Science»")};
        QTest::newRow("preferred PhD is a warning")
            << QStringLiteral("PhD in Electrical Engineering preferred.")
            << QStringList{QStringLiteral("credential/advanced-engineering-degree warning «PhD in "
                                          "Electrical Engineering»")};
        QTest::newRow("combined title")
            << QStringLiteral("We are hiring a TPM/Developer.")
            << QStringList{QStringLiteral("combined-role/title error «TPM/Developer»")};
        QTest::newRow("contributes as an engineer")
            << QStringLiteral("The TPM will also contribute as an engineer.")
            << QStringList{QStringLiteral("combined-role/contributes-code error «The TPM will also "
                                          "contribute as an engineer»")};
        QTest::newRow("hashtags, hype and emoji")
            << QStringLiteral("#Urgent #Hiring rockstar TPM 🤯🫡")
            << QStringList{QStringLiteral("tone/hashtags info «#Urgent #Hiring»"),
                           QStringLiteral("tone/hype-person info «rockstar»"),
                           QStringLiteral("tone/emoji info «🤯🫡»")};
        QTest::newRow("bare list under a must-have heading")
            << QStringLiteral(
                   "Must have:\n- Java, Spring Boot and Hibernate\n- AWS (EC2, S3, Lambda)")
            << QStringList{
                   QStringLiteral("coding-demand/required-technology-list error «Java, Spring Boot "
                                  "and Hibernate»"),
                   QStringLiteral(
                       "coding-demand/required-technology-list error «AWS (EC2, S3, Lambda)»")};
        QTest::newRow("bare list under nice to have is a warning")
            << QStringLiteral("## Nice to have\n- React Native")
            << QStringList{
                   QStringLiteral("coding-demand/required-technology-list warning «React Native»")};
        QTest::newRow("useful but not essential is a plus")
            << QStringLiteral("Useful but not essential:\n\n- Experience working as a software "
                              "engineer.")
            << QStringList{QStringLiteral(
                   "coding-demand/developer-background warning «as a software engineer»")};
        QTest::newRow("a sentence wrapped over two lines is one sentence")
            << QStringLiteral("Candidates need expertise in\nboth Java and Go.")
            << QStringList{QStringLiteral(
                   "coding-demand/expertise error «expertise in\nboth Java and Go»")};
    }

    void breadth_data()
    {
        addRows();
        const auto row = [](const char *name, const char *text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("hands-on configuration of a business system is a demand",
            "Configure and troubleshoot Salesforce integrations.",
            {QStringLiteral("execution-duty/configuration-work error «Configure and troubleshoot "
                            "Salesforce integrations»")});
        row("building solutions on a platform",
            "Experience building and deploying solutions on Azure.",
            {QStringLiteral("execution-duty/building-with-technology error «building and deploying "
                            "solutions on Azure»")});
        row("owning a technology", "You will own our Terraform.",
            {QStringLiteral("execution-duty/owns-technology error «own our Terraform»")});
        row("owning a migration of a technology is planning",
            "You will own the AWS migration program.", {});
        row("development on a platform is development, whatever the options after it",
            "Experience in application development on Azure or other cloud environments.",
            {QStringLiteral("coding-demand/experience-with-code warning «Experience in application "
                            "development»")});
        row("tools built for the employees", "Build custom tools for employees.", {});
        row("acting as an architect",
            "# Technical Program Manager\nMust be able to perform as a Technical Architect.",
            {QStringLiteral(
                "combined-role/acts-as-engineer error «perform as a Technical Architect»")});
        row("acting as a bridge to engineers", "Act as the bridge between engineers and product.",
            {});
        row("developer background", "Experience as a software engineer.",
            {QStringLiteral(
                "coding-demand/developer-background error «Experience as a software engineer»")});
        row("engineering as one alternative to program management",
            "10+ years of software engineering or technical program management experience.", {});
        row("flattened bullets: a capitalised verb starts an item",
            "Manage stakeholders Deploy microservices to production Track risks",
            {QStringLiteral("execution-duty/developer-work error «Deploy microservices»")});
        row("a capitalised name after a capital is not a new item",
            "# TPM\nMust be able to perform as high-level Technical Architect to oversee teams",
            {QStringLiteral("combined-role/acts-as-engineer error «perform as high-level "
                            "Technical Architect»")});
        row("title line without colon sets the context",
            "Preferred Qualifications\n- Experience with Java",
            {QStringLiteral("coding-demand/experience-with-code warning «Experience with Java»")});
        row("a lead-in after a bullet starts its own paragraph",
            "- Lead releases\nPreferred qualifications:\n- Expertise in Go",
            {QStringLiteral("coding-demand/expertise warning «Expertise in Go»")});
        row("a section title without a colon ends the preferred section above",
            "Preferred Qualifications\n- Expertise in Go\nResponsibilities\n- Build dashboards for "
            "leadership",
            {QStringLiteral("coding-demand/expertise warning «Expertise in Go»"),
             QStringLiteral("execution-duty/builds-data-work error «Build dashboards»")});
        row("basic qualifications without a colon are required",
            "Basic Qualifications\n- Expertise in Go",
            {QStringLiteral("coding-demand/expertise error «Expertise in Go»")});
        row("reading code is hands-on", "- Ability to read code and review technical designs",
            {QStringLiteral("execution-duty/engineering-routine error «Ability to read code and "
                            "review technical designs»")});
        row("a flattened run-on posting is split at capitalised cues and section names",
            "# TPM\nResponsibilities Lead releases across teams Create Power BI reports for "
            "executives Requirements 8+ years of IT project management Strong knowledge of data "
            "warehousing Hands-on experience with Databricks Experience with Python is a plus",
            {QStringLiteral("execution-duty/builds-bi-reports error «Create Power BI reports»"),
             QStringLiteral("coding-demand/expertise error «Hands-on experience with Databricks»"),
             QStringLiteral("coding-demand/experience-with-code warning «Experience with "
                            "Python»")});
        row("contributing to engineering work is ambiguous",
            "Coordinating and contributing to engineering deliverables.",
            {QStringLiteral("execution-duty/contributes-to-engineering warning «Coordinating and "
                            "contributing to engineering deliverables»")});
        row("knowledge of building is literacy", "Knowledge of building scalable services.", {});
        row("helping engineers debug is not debugging", "Help engineers debug services.", {});
        row("a company building software is not a duty", "We build APIs for hospitals.", {});
        row("developing ETL without a subject",
            "This includes developing ETL procedures and workflows.",
            {QStringLiteral("execution-duty/developer-work error «developing ETL procedures»")});
    }

    void breadth()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describeFindings(text, m_analyzer.analyze(text)), expected);
    }

    void truePositives()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describeFindings(text, m_analyzer.analyze(text)), expected);
    }

    // The families real postings showed (issue 14), each with phrasings written for the
    // project, and the near misses LABELLING.md's edge cases call acceptable. Every row is one
    // bullet of a TPM posting; the expected findings are exact.
    void families_data()
    {
        addRows();
        const auto row = [](const char *name, const char *bullet, QStringList expected) {
            const QString text = QString::fromUtf8(bullet);
            QTest::newRow(name) << QStringLiteral("# Technical Project Manager\n") +
                                       (text.contains(u'\n') ? text : QStringLiteral("- ") + text)
                                << expected;
        };
        // Sets 25 and 26's false flags (read after their blind scores).
        row("a list inside brackets is one clause",
            "Requirements:\n- Strong engineering background (e.g., AWS ecosystem; Kubernetes; "
            "Terraform)",
            {});
        row("but semicolons outside brackets part the items",
            "Requirements:\n- Budget ownership; Kubernetes; Terraform",
            {QStringLiteral("coding-demand/required-technology-list error «Kubernetes»"),
             QStringLiteral("coding-demand/required-technology-list error «Terraform»")});
        row("years in engineering leadership", "10+ years in software engineering leadership", {});
        row("years at a development consultancy",
            "3-5 years experience in software development consulting or an agency role", {});
        row("engineering delivery among the options",
            "7+ years of experience in software engineering, engineering delivery, or platform "
            "engineering",
            {});
        row("years in a project management role on development",
            "Minimum 2 years in a project management role working on software development", {});
        row("fields of technology",
            "Experience in natural language processing, search or "
            "computer vision",
            {});
        row("a CMS is a platform", "Experience with WordPress and Drupal", {});
        row("but developing on it is development", "WordPress development experience",
            {QStringLiteral("coding-demand/technology-experience error «WordPress development "
                            "experience»")});
        row("a lead-in to the employer's own stack",
            "Requirements:\n- Budget ownership\n\nFor reference, here are some of the "
            "technologies we are currently using every day:\n\n- Java, Spring Boot and "
            "Hibernate\n- Kubernetes and Terraform",
            {});
        row("but a long line on the candidate's stack stays under the requirements",
            "Requirements:\n- Budget ownership\n\nFor reference, here is a list of some of the "
            "technologies you will need every day:\n\n- Java, Spring Boot and Hibernate",
            {QStringLiteral("coding-demand/required-technology-list error «Java, Spring Boot and "
                            "Hibernate»")});
        // Sets 17 and 30's misses: engineering tools named by their kind.
        row("engineering tools named by their kind",
            "Experience with version control systems and test automation tools",
            {QStringLiteral("coding-demand/experience-with-platform error «Experience with "
                            "version control systems and test automation tools»")});
        row("but only knowing of them", "Familiarity with source control and CI/CD tools", {});
        // GitHub and GitLab, named alone, are where the work is tracked; their CI is engineering.
        row("the CI of a platform the work is tracked in",
            "Hands-on experience with GitLab CI pipelines",
            {QStringLiteral(
                "coding-demand/expertise error «Hands-on experience with GitLab CI pipelines»")});
        // Set 30's miss: troubleshooting named as a noun, conducted by the TPM.
        row("troubleshooting conducted", "Conduct in-depth troubleshooting across the cloud stack",
            {QStringLiteral("execution-duty/performs-troubleshooting error «Conduct in-depth "
                            "troubleshooting»")});
        row("but coordinated", "Coordinate troubleshooting with the vendors", {});
        // Sets 27 and 28's false flags (read after their blind scores).
        row("the tools of development and project management",
            "Familiarity with development and project management tools such as GitHub", {});
        row("understanding a technology, then experience",
            "Understanding system architecture, and the experience to work across teams", {});
        row("AI tools applied to program management",
            "3+ years of experience applying AI/ML tools to program management", {});
        row("deploying AI tools for the program office",
            "Deploy AI tools across the PMO to automate status reports", {});
        row("but deploying software is operations", "Deploy the software in customer environments",
            {QStringLiteral("execution-duty/operates-systems error «Deploy the software»")});
        row("a development model is a process", "Strong background in CI/CD development model", {});
        row("web analytics tools are a program's", "Hands-on experience with web analytics tools",
            {});
        row("developing models is development", "Experience in ML model development",
            {QStringLiteral(
                "coding-demand/experience-with-code error «Experience in ML model development»")});
        row("platform engineering is engineering", "Deep experience in platform engineering",
            {QStringLiteral(
                "coding-demand/expertise error «Deep experience in platform engineering»")});
        row("but coordinating platform engineering is not",
            "Coordinate dependencies across platform engineering, infrastructure and product", {});
        // Sets 18 and 25's misses: the TPM turns requirements into the architecture.
        row("requirements turned into an architecture",
            "Translate product requirements into scalable system architectures and "
            "implementation plans",
            {QStringLiteral("combined-role/designs-architecture error «Translate product "
                            "requirements into scalable system architectures»")});
        row("designing platforms asked as a plus",
            "Experience translating business needs into platform designs is a plus",
            {QStringLiteral("combined-role/designs-architecture warning «translating business "
                            "needs into platform designs»")});
        row("requirements turned into requirements",
            "Translate business requirements into technical requirements", {});
        row("the architects design it",
            "Partner with architects to translate requirements into "
            "system designs",
            {});
        row("an architecture turned into plans", "Translate the architecture into delivery plans",
            {});
        row("agent frameworks are engineering tools", "Experience with agentic frameworks",
            {QStringLiteral(
                "coding-demand/experience-with-code error «Experience with agentic frameworks»")});
        // Set 21's false flags, each a phenomenon of its own.
        row("Azure DevOps Boards is a PM tool",
            "Proficient in Azure DevOps (ADO) Boards and queries", {});
        row("a business field among the degree's options",
            "Master's degree preferred in Engineering, Computer Science or Supply Chain", {});
        row("software qualifying a plan, two words before it",
            "Build and maintain software product delivery plans across accounts", {});
        row("but software itself is built", "Build and maintain software for the delivery team",
            {QStringLiteral(
                "execution-duty/hands-on-code-work error «Build and maintain software»")});
        row("a job board's footer ends the requirements",
            "Requirements:\n- Budget ownership\n\nSeniority level\n\nMid-Senior level\n\n"
            "Industries\n\nSoftware Development and IT Services",
            {});
        row("production support as the person's own work", "Experience in production support.",
            {QStringLiteral(
                "execution-duty/engineering-routine error «Experience in production support»")});
        row("supporting applications day to day",
            "Provide day-to-day support and enhancements for the HR applications.",
            {QStringLiteral("execution-duty/engineering-routine error «Provide day-to-day support "
                            "and enhancements for the HR applications»")});
        row("an on-call schedule", "Willing to join a rotating on-call schedule.",
            {QStringLiteral("execution-duty/engineering-routine error «Willing to join a "
                            "rotating on-call schedule»")});
        row("test scripts, whatever the guidance",
            "Able to test changes with little to no guidance, writing UAT scripts for them.",
            {QStringLiteral("execution-duty/hands-on-code-work error «writing UAT scripts»")});
        row("hands-on in a field of technology", "Hands-on information security experience.",
            {QStringLiteral("coding-demand/hands-on-with error «Hands-on information security»")});
        row("customising a business platform", "Set up and customise HubSpot for the partner team.",
            {QStringLiteral("execution-duty/configures-platform error «Set up and customise "
                            "HubSpot»")});
        row("a language after an abbreviation", "Experience in R&D labs using C and C++.",
            {QStringLiteral("coding-demand/experience-using-language error «Experience in R&D "
                            "labs using C and C++»")});
        row("code as a verb before a number", "Write code 50% of the time.",
            {QStringLiteral("execution-duty/engineering-routine error «Write code 50% of the "
                            "time»")});
        row("sitting with a team is no test phase",
            "Sit with the SRE team and take on performance analysis of the services.",
            {QStringLiteral("execution-duty/performance-work error «performance analysis»")});
        row("hands-on in data centres", "4 years of hands-on experience in datacenters, on site.",
            {QStringLiteral(
                "coding-demand/hands-on-with error «hands-on experience in datacenters»")});
        row("servers after a data centre",
            "Solid technical skills in datacentre, servers and storage",
            {QStringLiteral("coding-demand/hands-on-infrastructure error «technical skills in "
                            "datacentre, servers and storage»")});
        row("coding skills, whatever the language",
            "Design and coding skills in any language on any platform",
            {QStringLiteral("coding-demand/can-code error «coding skills in»")});
        row("years with machine learning tools",
            "5+ years of experience with TensorFlow and machine learning",
            {QStringLiteral("coding-demand/years-of-development error «5+ years of experience with "
                            "TensorFlow»")});
        row("the employer asks for someone who codes",
            "We need someone who writes production Python code.",
            {QStringLiteral(
                "execution-duty/hands-on-code-work error «writes production Python code»")});
        row("the employer needs a skill", "We need expertise in Java and AWS.",
            {QStringLiteral("coding-demand/expertise error «expertise in Java and AWS»")});
        row("the ideal candidate is no employer",
            "\nOur ideal candidate has 5+ years of Java development.",
            {QStringLiteral("coding-demand/years-of-development error «5+ years of Java»")});
        row("a technology before team leadership",
            "5+ years of software development and team leadership experience",
            {QStringLiteral(
                "coding-demand/years-of-development error «5+ years of software development»")});
        row("a degree beside a project management certification",
            "MS in Computer Science or Electrical Engineering and a Project Management "
            "certification.",
            {QStringLiteral("credential/advanced-engineering-degree error «MS in Computer "
                            "Science or Electrical Engineering»")});
        row("a technology before security considerations",
            "Expertise in Kubernetes and Terraform, including security considerations.",
            {QStringLiteral("coding-demand/expertise error «Expertise in Kubernetes and "
                            "Terraform»")});
        row("the employer addresses the candidate",
            "We expect you to write production Python code.",
            {QStringLiteral(
                "execution-duty/hands-on-code-work error «write production Python code»")});
        row("years of development before management experience",
            "4+ years of software development and engineering management experience",
            {QStringLiteral("coding-demand/years-of-development error «4+ years of software "
                            "development»")});
        row("family 1: writing SQL queries",
            "Write SQL queries against the warehouse to answer leadership questions",
            {QStringLiteral("execution-duty/queries-data error «Write SQL queries»")});
        row("a duty naming a language is marked once",
            "Minimum qualifications\n- Write well-tested Go code for the billing service",
            {QStringLiteral("execution-duty/developer-work error «Write well-tested Go code»")});
        row("family 1: querying a data source", "Query the event logs to size each incident",
            {QStringLiteral("execution-duty/queries-data-sources error «Query the event logs»")});
        row("family 1: querying data past a second verb",
            "Prepare the monthly updates, querying and charting the usage data yourself",
            {QStringLiteral("execution-duty/queries-data-sources error «querying and charting "
                            "the usage data»")});
        row("a generic label inside a preferred section",
            "Preferred qualifications\n- Tech stack: Java, Spring Boot, Kafka",
            {QStringLiteral(
                "coding-demand/required-technology-list warning «Java, Spring Boot, Kafka»")});
        row("an explicit label inside a preferred section",
            "Preferred qualifications\n- Must have: Java, Spring Boot, Kafka",
            {QStringLiteral(
                "coding-demand/required-technology-list error «Java, Spring Boot, Kafka»")});
        row("a generic lead-in inside a preferred section",
            "Nice to have\nTechnical skills:\n- Go, Rust",
            {QStringLiteral("coding-demand/required-technology-list warning «Go, Rust»")});
        row("a generic heading after a preferred section",
            "Nice to have\n## Technical skills\n- Go, Rust",
            {QStringLiteral("coding-demand/required-technology-list error «Go, Rust»")});
        row("an \"even better\" heading is a preferred section",
            "EVEN BETTER\n- Hands-on experience with Terraform",
            {QStringLiteral(
                "coding-demand/expertise warning «Hands-on experience with Terraform»")});
        row("an invitation to apply leads in the requirements",
            "We’d love to hear from you if you have:\n- 4+ years of experience with Kubernetes",
            {QStringLiteral("coding-demand/years-of-development error «4+ years of experience with "
                            "Kubernetes»")});
        row("an invitation to apply under a preferred heading",
            "Nice to have\nWe\u2019d love to hear from you if you have:\n- 4+ years of experience "
            "with Kubernetes",
            {QStringLiteral("coding-demand/years-of-development warning «4+ years of experience "
                            "with Kubernetes»")});
        row("\"even better\" in a lead-in's prose is no section",
            "We keep making the platform even better. You will need:\n- 4+ years of experience "
            "with Kubernetes",
            {QStringLiteral("coding-demand/years-of-development error «4+ years of experience "
                            "with Kubernetes»")});
        row("product development as an alternative keeps the demand",
            "6+ years of software engineering or product development experience",
            {QStringLiteral("coding-demand/years-of-development warning «6+ years of software "
                            "engineering»")});
        row("product development as the process led",
            "Solid engineering background and hardware product development experience", {});
        row("issue tracking on a developer platform",
            "Experience with project issue management in GitLab", {});
        row("a developer platform's own features", "Experience with GitLab pipelines and runners",
            {QStringLiteral("coding-demand/experience-with-platform error «Experience with "
                            "GitLab pipelines»")});
        row("a list of languages, then leading teams", "Expertise in Java and Go, leading teams",
            {QStringLiteral("coding-demand/expertise error «Expertise in Java and Go»")});
        row("writing code, then leading migrations",
            "Write and deploy production code and lead migrations",
            {QStringLiteral(
                "execution-duty/hands-on-code-work error «Write and deploy production code»")});
        row("hands-on project experience in a language",
            "5+ years of hands-on project experience in Java",
            {QStringLiteral("coding-demand/years-of-development error «5+ years of hands-on "
                            "project experience in Java»")});
        row("family 4: years in an engineering role", "3+ years in an engineering role",
            {QStringLiteral("coding-demand/worked-in-engineering-role error «3+ years in an "
                            "engineering role»")});
        row("family 3: an operations job", "Experience in an IT support position",
            {QStringLiteral("coding-demand/worked-in-engineering-role error «Experience in an IT "
                            "support position»")});
        row("family 3: strong skills in infrastructure", "Strong skills in servers and storage",
            {QStringLiteral("coding-demand/hands-on-infrastructure error «Strong skills in "
                            "servers and storage»")});
        row("combined role: moving between two roles",
            "Able to move between a program lead role and a hands-on technical lead role",
            {QStringLiteral("combined-role/dual-role error «move between a program lead role and "
                            "a hands-on technical lead»")});
        row("combined role: half and half",
            "A hybrid role: half solutions architect, half project manager",
            {QStringLiteral("combined-role/dual-role-reversed error «half solutions "
                            "architect, half project manager»")});
        row("configuration skills of a business system", "Strong ServiceNow configuration skills",
            {QStringLiteral("coding-demand/configuration-skill error «ServiceNow configuration "
                            "skills»")});
        row("family 5: running the regression suite",
            "Run the regression suite before each release",
            {QStringLiteral("execution-duty/performance-and-test-work error «Run the regression "
                            "suite»")});
        row("family 5: analysing heap dumps",
            "Analyze heap dumps when the service runs out of memory",
            {QStringLiteral("execution-duty/engineering-routine error «Analyze heap dumps when the "
                            "service runs out of memory»")});
        row("family 1: building dashboards",
            "Build and debug Tableau dashboards for the operations team",
            {QStringLiteral(
                "execution-duty/builds-bi-reports error «Build and debug Tableau dashboards»")});
        row("family 1: creating data pipelines",
            "Create data pipelines that feed the quarterly forecast",
            {QStringLiteral("execution-duty/developer-work error «Create data pipelines»")});
        row("family 1: SQL proficiency", "Proficiency in SQL and relational databases",
            {QStringLiteral(
                "coding-demand/expertise error «Proficiency in SQL and relational databases»")});
        row("family 1: building databases", "Build databases and data marts for the finance team",
            {QStringLiteral("execution-duty/builds-data-work error «Build databases and data "
                            "marts»")});
        row("family 2: building agents", "Design and build AI agents that triage support tickets",
            {QStringLiteral("execution-duty/builds-tools error «Design and build AI agents»")});
        row("family 3: DevOps listed as a skill",
            "Technical Skills:\n- DevOps, Terraform and Kubernetes",
            {QStringLiteral("coding-demand/required-technology-list error «DevOps, Terraform and "
                            "Kubernetes»")});
        row("family 1: strong SQL skills required", "Strong SQL skills required",
            {QStringLiteral("coding-demand/strong-technology-skills error «Strong SQL skills»")});
        row("family 1: a task done in SQL", "Perform data mapping and conversion using SQL",
            {QStringLiteral("coding-demand/works-in-language error «using SQL»")});
        row("literacy: a technical background", "Technical background in software engineering", {});
        row("family 2: automating the reporting", "Automate reporting for the leadership team",
            {QStringLiteral("execution-duty/automates-work error «Automate reporting»")});
        row("family 3: deploying and configuring software",
            "Deploy and configure the software in customer environments",
            {QStringLiteral("execution-duty/operates-systems error «Deploy and configure the "
                            "software»")});
        row("family 3: responding to incidents", "Respond to incidents in production",
            {QStringLiteral("execution-duty/engineering-routine error «Respond to incidents in "
                            "production»")});
        row("trap 6: coordinating a deployment", "Coordinate the deployment of the new platform",
            {});
        row("trap 6: driving automation", "Drive automation of manual processes", {});
        row("trap 8: configuring a PM tool", "Configure Jira boards for the teams", {});
        row("family 2: developing tools", "Develop internal tools that automate release checks",
            {QStringLiteral("execution-duty/developer-work error «Develop internal tools»")});
        row("family 2: designing and building systems",
            "Design and build highly scalable systems for order routing",
            {QStringLiteral(
                "execution-duty/builds-tools error «Design and build highly scalable systems»")});
        row("family 3: years administering infrastructure",
            "6+ years of hands-on work administering servers, storage and networks",
            {QStringLiteral("coding-demand/hands-on-infrastructure error «hands-on work "
                            "administering servers, storage and networks»")});
        row("family 3: infrastructure as code",
            "Hands-on experience with Infrastructure as Code (Terraform)",
            {QStringLiteral("coding-demand/expertise error «Hands-on experience with "
                            "Infrastructure as Code (Terraform)»")});
        row("family 4: years as an engineer",
            "5 years as a software engineer building backend systems",
            {QStringLiteral("coding-demand/developer-background error «as a software engineer»")});
        row("family 4: developing embedded systems",
            "Background developing embedded systems for medical devices",
            {QStringLiteral("coding-demand/experience-building error «Background developing "
                            "embedded systems»")});
        row("family 5: performance analysis and tuning",
            "Performance analysis and tuning of our search services",
            {QStringLiteral("execution-duty/performance-work error «Performance analysis»")});
        row("family 5: test scripts", "Create and execute test scripts for each release",
            {QStringLiteral("execution-duty/performance-and-test-work error «Create and execute "
                            "test scripts»")});
        row("family 5: tuning a service's performance",
            "Analyze and tune the performance of the billing service",
            {QStringLiteral("execution-duty/tunes-performance error «Analyze and tune the "
                            "performance»")});
        row("family 5: tuning a preferred skill", "Nice to have:\n- Optimize query latency",
            {QStringLiteral("execution-duty/tunes-performance warning «Optimize query latency»")});
        row("trap 5: the team's performance", "Optimize team performance through coaching", {});
        row("family 1: doing the analysis oneself", "Conduct statistical analysis of A/B tests",
            {QStringLiteral("execution-duty/performs-data-analysis error «Conduct statistical "
                            "analysis»")});
        row("family 1: designing databases", "Experience designing relational databases",
            {QStringLiteral("coding-demand/experience-building error «Experience designing "
                            "relational databases»")});
        row("family 3: years working with hardware",
            "5+ years working with servers and storage arrays in data centers",
            {QStringLiteral("coding-demand/hands-on-infrastructure error «5+ years working with "
                            "servers and storage arrays»")});
        row("trap 6: years working with teams", "5+ years working with engineering teams", {});
        row("family 3: configuring a platform's workflows",
            "Configure ServiceNow workflows for the service desk",
            {QStringLiteral("execution-duty/configuration-work error «Configure ServiceNow "
                            "workflows»")});
        row("trap 8: an operating system as the field", "Experience with Windows and macOS", {});
        row("trap 6: a technology naming the programs",
            "Experience with machine learning programs and AI products", {});
        row("trap 6: a technology naming the process",
            "Experience with release management and CI/CD processes", {});
        row("trap 6: Agile software development",
            "Experience in Agile software development environments", {});
        row("trap 6: program management of a technical area",
            "Experience in the program management of data platforms", {});
        row("trap 6: working with engineering teams",
            "Experience working with engineering teams across three time zones", {});
        row("trap 6: implementing an enterprise system as its lead",
            "Experience implementing an enterprise ERP system as its project lead", {});
        row("actor: the teams do the on-call work",
            "Ensure teams write and maintain runbooks for on-call handoffs", {});
        row("trap 7: handing work to a support team",
            "Hand over completed work to the support team", {});
        row("trap 7: contributing to documents",
            "Contribute to architecture diagrams and launch criteria", {});
        row("trap 8: generic platform experience",
            "Experience with cloud platforms such as Azure or AWS", {});
        row("trap 8: project dashboards",
            "Establish and maintain project dashboards and status reporting", {});
        row("trap 8: dashboards kept in a PM tool",
            "Build and maintain roadmaps, backlogs and dashboards in Jira", {});
        row("trap 9: an e-mail address", "Apply or write to code@example.com", {});
        row("trap 9: a web address", "Apply at https://example.com/write-code today", {});
        row("trap 9: a www address", "Apply at WWW.write-code.com today", {});
        // Pay for being on call is what the posting offers, not a duty it assigns; a duty that
        // mentions its pay is still a duty.
        row("trap 6: on-call pay offered",
            "Additional compensation may be offered, such as shift differentials and "
            "standby/on-call.",
            {});
        row("family 3: on call, with its pay",
            "Participate in the on-call rotation (on-call pay provided).",
            {QStringLiteral("execution-duty/engineering-routine error «Participate in the "
                            "on-call rotation (on-call pay provided)»")});
        row("literacy: familiarity with languages", "Familiarity with Python and SQL", {});
        row("alternative: engineering or program management",
            "8+ years in software engineering or technical program management", {});
        row("strength: a plus makes it preferred", "Experience with Python is a plus",
            {QStringLiteral(
                "coding-demand/experience-with-code warning «Experience with Python»")});
        row("strength: a preferred section", "Preferred qualifications:\n- Proficiency in SQL",
            {QStringLiteral("coding-demand/expertise warning «Proficiency in SQL»")});
        row("strength: a required section", "Minimum qualifications:\n- Proficiency in SQL",
            {QStringLiteral("coding-demand/expertise error «Proficiency in SQL»")});
        row("gaps: adjectives of quality count as no words",
            "Write clean, maintainable and well-tested Kotlin services for the billing team",
            {QStringLiteral("execution-duty/hands-on-code-work error «Write clean, maintainable "
                            "and well-tested Kotlin services»")});
        row("family 1: dashboards in a BI tool are data work",
            "Build dashboards in Looker for the support organisation",
            {QStringLiteral("execution-duty/builds-data-work error «Build dashboards»")});
        row("family 1: dashboards beside the program's operating rhythms are its own",
            "Experience setting up operating rhythms, KPI dashboards and review cadences", {});
        row("support: troubleshooting issues oneself",
            "Troubleshoot and resolve application issues for the clinics",
            {QStringLiteral("execution-duty/troubleshoots-issues error «Troubleshoot and resolve "
                            "application issues»")});
        row("support: troubleshooting with the vendors",
            "Work with vendors to troubleshoot application issues", {});
        row("support: the support team troubleshoots",
            "Ensure the support team troubleshoots incidents within the agreed times", {});
        row("combined: project oversight and the team's technical leadership",
            "Serve in a dual capacity: project management oversight and technical leadership "
            "for the platform",
            {QStringLiteral("combined-role/dual-leadership error «Serve in a dual capacity: "
                            "project management oversight and technical leadership for the "
                            "platform»")});
        row("combined: technical leadership alone is a TPM's",
            "Provide technical leadership and program management oversight", {});
        row("credential: a Master's preferred on top of a computing degree",
            "Bachelor's degree in Computer Science or Electrical Engineering (Master's preferred)",
            {QStringLiteral("credential/advanced-degree-preferred warning «Bachelor's degree in "
                            "Computer Science or Electrical Engineering (Master's preferred»")});
        row("credential: apostrophes lost in a pasted page",
            "Bachelor s degree in Computer Science (Master s preferred)",
            {QStringLiteral("credential/advanced-degree-preferred warning «Bachelor s degree in "
                            "Computer Science (Master s preferred»")});
        row("credential: a Master's preferred beside business fields",
            "Bachelor's degree in Computer Science, Business or a related field (Master's "
            "preferred)",
            {});
        row("quality: test methodologies and test management tools are the program's",
            "Experience with structured testing methodologies and test management tools", {});
        row("infrastructure: running servers is administration",
            "Knowledge and experience in server operations at scale",
            {QStringLiteral("coding-demand/administration-experience error «Knowledge and "
                            "experience in server operations»")});
        row("credential: a Master's preferred beside the TPM's own experience",
            "BS in Computer Science (MS preferred) with 5+ years of project management experience",
            {QStringLiteral("credential/advanced-degree-preferred warning «BS in Computer Science "
                            "(MS preferred»")});
        row("literacy: knowing a language deeply leaves a duty after it standing",
            "In-depth knowledge of Go, and you will write production code in Go",
            {QStringLiteral("execution-duty/engineering-routine error «In-depth knowledge of Go, "
                            "and you will write production code in Go»")});
        row("literacy: deep knowledge of a technology is understanding it",
            "Deep knowledge of optical transport technologies such as DWDM and OTN", {});
        row("actor: the team is responsible for the building",
            "The team is responsible for building detection tools and review tooling", {});
        row("quality: script review processes are the program's",
            "Ensure consistent tooling, standards and script review processes across squads", {});
        row("program: a modernization is a program",
            "Deep experience in core banking infrastructure modernization", {});
        row("actor: the company's engineers", "Our engineers write production code in Rust", {});
        row("actor: the engineering team will",
            "The engineering team will build the data pipelines", {});
        row("actor: a company's verb in the third person",
            "Northwind builds the data pipelines behind its clinics", {});
        row("actor: a bullet in the third person describes the job",
            "Builds and maintains dashboards in Tableau",
            {QStringLiteral(
                "execution-duty/builds-data-work error «Builds and maintains dashboards»")});
        row("verbs: a duty written in the third person",
            "Develops and maintains ETL pipelines for the finance warehouse",
            {QStringLiteral("execution-duty/developer-work error «Develops and maintains ETL "
                            "pipelines»")});
        row("family 2: connectors are software", "Develop connectors to the partners' systems",
            {QStringLiteral("execution-duty/developer-work error «Develop connectors»")});
        row("family 5: running benchmarks", "Run performance benchmarks and analyze the results",
            {QStringLiteral(
                "execution-duty/performance-and-test-work error «Run performance benchmarks»")});
        row("family 2: producing code", "Produce code that passes the team's review",
            {QStringLiteral("execution-duty/developer-work error «Produce code»")});
        row("verbs: a noun that is also a verb is the object after one",
            "Debug code in the payments service",
            {QStringLiteral("execution-duty/hands-on-code-work error «Debug code»")});
        row("family 4: reading code", "Ability to read and understand code in reviews",
            {QStringLiteral("execution-duty/engineering-routine error «Ability to read and "
                            "understand code in reviews»")});
        row("trap 8: a discipline's lifecycle",
            "Experience with the hardware development lifecycle", {});
        row("trap 7: discussions about a design",
            "Experience in system design discussions with architects", {});
        row("family 4: years of a hardware discipline",
            "4+ years of antenna design/implementation experience is required",
            {QStringLiteral("coding-demand/years-of-development error «4+ years of antenna "
                            "design»")});
        row("trap 6: managing a hardware discipline's programs",
            "Experience managing antenna design programs", {});
        row("trap 8: using AI tools", "Hands-on experience with AI tools such as ChatGPT or Gemini",
            {});
        row("trap 8: a field named as the industry", "Experience in the machine learning space",
            {});
        row("actor: the company's own stack", "Must have:\n- Our cloud-native platform runs on AWS",
            {});
        row("trap 7: engineering deliverables that are documents",
            "Coordinate and contribute to engineering deliverables such as test plans and "
            "architecture definition",
            {});
        row("family 2: contributing to a release's engineering work",
            "Contribute to engineering deliverables for each software release",
            {QStringLiteral("execution-duty/contributes-to-engineering warning «Contribute to "
                            "engineering deliverables»")});
        // Contributing to projects of a kind is taking part in a program, not engineering.
        row("trap 6: contributing to migration projects",
            "Experience contributing to cloud and infrastructure migration projects", {});
        row("trap 6: contributing to development projects",
            "Contribute to software development projects", {});
        row("trap 6: contributing to initiatives, then to their tooling",
            "Contribute to automation initiatives and tooling improvements for change "
            "management",
            {});
        row("trap 8: dashboards that show the program's health",
            "Build dashboards that give leadership visibility into progress, risks and "
            "dependencies",
            {});
        row("trap 8: a practice's concepts",
            "Experience with CI/CD concepts and release management", {});
        row("family 3: DevOps listed as a skill", "Skills: DevOps, Scrum, Jira",
            {QStringLiteral("coding-demand/required-technology-list error «DevOps»")});
        row("sections: a list named inline in a run-on posting",
            "Lead the quarterly planning. Tech stack: Kubernetes, Go, PostgreSQL",
            {QStringLiteral(
                "coding-demand/required-technology-list error «Kubernetes, Go, PostgreSQL»")});
        row("sections: a nice-to-have list named inline", "Good to have: Terraform, PMP",
            {QStringLiteral("coding-demand/required-technology-list warning «Terraform»")});
        row("trap 8: a cloud certification",
            "Nice to have: Google Cloud Digital Leader certification", {});
        row("family 4: programming skills on their own", "Excellent programming skills",
            {QStringLiteral("coding-demand/can-code error «Excellent programming skills»")});
        row("family 4: worked as an engineer", "Worked as a data engineer before",
            {QStringLiteral(
                "coding-demand/worked-as-developer error «Worked as a data engineer»")});
        row("family 1: writing SQL now and then", "Technical enough to write SQL when needed",
            {QStringLiteral("execution-duty/queries-data warning «write SQL»")});
        row("family 5: debugging issues", "Able to debug issues using logs and traces",
            {QStringLiteral("execution-duty/engineering-routine error «Able to debug issues using "
                            "logs and traces»")});
        row("family 2: owning a data pipeline", "Own the end-to-end data pipeline for billing",
            {QStringLiteral("execution-duty/developer-work error «Own the end-to-end data "
                            "pipeline»")});
        row("family 5: root-causing incidents", "Perform root cause analysis of outages",
            {QStringLiteral("execution-duty/engineering-routine error «Perform root cause "
                            "analysis of outages»")});
        row("family 2: deploying to production", "Deploy releases to production every Friday",
            {QStringLiteral("execution-duty/engineering-routine error «Deploy releases to "
                            "production every Friday»")});
        row("family 2: building a platform's integrations",
            "Develop and maintain ServiceNow integrations",
            {QStringLiteral("execution-duty/configuration-work error «Develop and maintain "
                            "ServiceNow integrations»")});
        row("trap 7: runbooks for the on-call teams",
            "Write and maintain runbooks for on-call teams", {});
        row("trap 8: spreadsheet models", "Build and maintain Excel models for capacity planning",
            {});
        row("gaps: one or more of the following",
            "Experience in one or more of the following: Python, Java, Go",
            {QStringLiteral("coding-demand/experience-with-code error «Experience in one or more "
                            "of the following: Python, Java, Go»")});
        row("family 4: years in an engineering role",
            "2+ years in a hands-on technical role such as developer or QA engineer",
            {QStringLiteral("coding-demand/years-in-developer-role warning «2+ years in a "
                            "hands-on technical role such as developer»")});
        // "experience in" cues a technology, but the years it counts may still be an engineer's.
        row("family 4: years of experience in an engineering position",
            "3+ years of experience in a technical position (software engineer, QA engineer)",
            {QStringLiteral("coding-demand/years-in-developer-role error «3+ years of experience "
                            "in a technical position (software engineer»")});
        // Testing a kind of system is a tester's work when the TPM runs it, not when they
        // coordinate or plan it.
        row("family 5: running sandbox testing", "Conduct sandbox testing and validation.",
            {QStringLiteral(
                "execution-duty/performance-and-test-work error «Conduct sandbox testing»")});
        row("family 5: experience with a kind of testing", "Experience with regression testing.",
            {QStringLiteral("execution-duty/performance-and-test-work error «Experience with "
                            "regression testing»")});
        // Sets 28 and 30: technical support on site or for troubleshooting is the support
        // engineer's work; supporting the teams who adopt a PM tool is not.
        row("providing onsite technical support",
            "Provide onsite and remote technical support during plant outages.",
            {QStringLiteral("execution-duty/engineering-routine error «Provide onsite and "
                            "remote technical support during plant outages»")});
        row("trap: supporting teams that adopt a tool",
            "Provide hands-on support to program teams adopting Jira.", {});
        // Sets 21 and 30: monitoring and observability tools are engineering tools; the
        // observability a program delivers is its field.
        row("experience with observability tools",
            "Experience with monitoring tools and observability platforms.",
            {QStringLiteral("coding-demand/experience-with-platform error «Experience with "
                            "monitoring tools and observability platforms»")});
        row("trap: observability as a program's field",
            "Drive programs across Cloud, Monitoring and Observability.", {});
        // Sets 25, 27 and 30: the TPM who decides the architecture is half architect; one who
        // guides the team through the decision is not.
        row("leading architectural decisions",
            "Lead architectural decisions for the payments platform.",
            {QStringLiteral("combined-role/decides-architecture error «Lead architectural "
                            "decisions»")});
        row("giving architecture guidance", "Provide architecture guidance to three squads.",
            {QStringLiteral("combined-role/decides-architecture error «Provide architecture "
                            "guidance»")});
        row("trap: guiding a team through the decisions",
            "Guide the teams through key architectural decisions and their trade-offs.", {});
        row("trap: beside the architects who make them",
            "Partner with architects to make architectural decisions on time.", {});
        row("programming experience helpful but not required",
            "Programming experience is helpful but not required.",
            {QStringLiteral("coding-demand/can-code warning «Programming experience»")});
        row("a waiver of something else after a comma",
            "Requirements:\n- SQL and Python, a degree is not required.",
            {QStringLiteral("coding-demand/required-technology-list error «SQL and Python»")});
        row("a waiver too far from the demand",
            "Experience with Java, which our engineers use daily, is not required.",
            {QStringLiteral("coding-demand/experience-with-code error «Experience with Java»")});
        // Sets 18, 25 and 35: installing, upgrading and configuring systems as the TPM's duty.
        row("performing system configuration",
            "Coordinate and perform system configuration as needed.",
            {QStringLiteral("execution-duty/hands-on-it-support warning «perform system "
                            "configuration»")});
        row("assisting with installations and upgrades",
            "Assist with software installations and upgrades for the finance team.",
            {QStringLiteral("execution-duty/hands-on-it-support error «Assist with software "
                            "installations and upgrades»")});
        row("trap: coordinating upgrades", "Coordinate software upgrades with the vendors.", {});
        row("trap: planning upgrades", "Assist the team in planning software upgrades.", {});
        row("family 5: testing websites across browsers",
            "Perform cross-browser testing of every site before launch.",
            {QStringLiteral("execution-duty/performance-and-test-work error «Perform "
                            "cross-browser testing»")});
        row("trap 6: scheduling quality assurance testing",
            "Schedule quality assurance testing with the QA team.", {});
        row("trap 6: coordinating integration testing",
            "Coordinate integration testing with the client.", {});
        row("trap 6: overseeing functional testing", "Oversee functional testing by the QA team.",
            {});
        row("family 4: years of experience in an engineering role",
            "5+ years of industry experience in an engineering role.",
            {QStringLiteral("coding-demand/worked-in-engineering-role error «experience in an "
                            "engineering role»")});
        row("alternative: experience in a role of which one manages",
            "5+ years of experience in a technical role (program manager or software engineer)",
            {});
        row("family 4: experience in program management, with engineers",
            "8+ years of experience in program management alongside software engineers", {});
        row("alternative: a role among which one manages",
            "5+ years in a technical role such as program manager, product manager or engineer",
            {});
        row("trap 6: years working with engineers",
            "5+ years of experience working with software engineers", {});
        row("trap 6: years in a role that supports developers",
            "5+ years in a customer-facing role supporting developers", {});
        row("trap 6: running software projects", "Experience running large-scale software projects",
            {});
        row("family 4: a platform's development", "Experience with ServiceNow development",
            {QStringLiteral("coding-demand/experience-with-code error «Experience with ServiceNow "
                            "development»")});
        row("combined role: two hats", "Wear two hats: program manager and solutions architect",
            {QStringLiteral("combined-role/acts-as-engineer error «Wear two hats: program manager "
                            "and solutions architect»")});
        row("combined role: the role of an architect",
            "Perform the role of Technical Architect on smaller projects",
            {QStringLiteral(
                "combined-role/acts-as-engineer error «Perform the role of Technical Architect»")});
        row("combined role: development tasks as needed",
            "Also take on development tasks as needed",
            {QStringLiteral("combined-role/contributes-code error «Also take on development tasks "
                            "as needed»")});
        row("combined role: a point of contact is no engineer",
            "Act as the single point of contact for engineering teams", {});
        row("actor: the job as the subject", "The TPM builds dashboards in Tableau",
            {QStringLiteral("execution-duty/builds-data-work error «builds dashboards»")});
        row("employer: a section about the company",
            "\n## About us\n\nWe build data pipelines and write production code for clinics.\n",
            {});
        row("employer: its section ends at the next heading",
            "\n## About us\n\nWe write production code for clinics.\n\n## Responsibilities\n\n"
            "- Write SQL queries against the warehouse",
            {QStringLiteral("execution-duty/queries-data error «Write SQL queries»")});
        row("employer: named inline in a run-on posting",
            "About Northwind: Northwind builds data pipelines for clinics. About the role: you "
            "will "
            "write SQL queries for the monthly review.",
            {QStringLiteral("execution-duty/queries-data error «write SQL queries»")});
        row("employer: an inline 'You will:' starts the job",
            "About Northwind: Northwind builds clinic software. You will: Write SQL queries for "
            "the monthly review.",
            {QStringLiteral("execution-duty/queries-data error «Write SQL queries»")});
        row("employer: an inline 'What we look for:' starts the requirements",
            "About Northwind: Northwind builds clinic software. What we look for: Proficiency in "
            "Rust.",
            {QStringLiteral("coding-demand/expertise error «Proficiency in Rust»")});
        row("strength: bullet marks glued into one line separate the items",
            "\nRequirements: • Proficiency in Rust • Nice to have: • Experience writing SQL "
            "queries",
            {QStringLiteral("coding-demand/expertise error «Proficiency in Rust»"),
             QStringLiteral("execution-duty/queries-data warning «writing SQL queries»")});
        row("strength: spaced hyphens glued into one line separate the items",
            "\n- 6+ years of product or program management experience - 4+ years of software "
            "development experience - Experience running release trains",
            {QStringLiteral("coding-demand/years-of-development error «4+ years of software "
                            "development»"),
             QStringLiteral("coding-demand/technology-experience error «software development "
                            "experience»")});
        row("strength: one spaced hyphen parts no list",
            "\n- Experience writing Rust services - Preferred",
            {QStringLiteral("coding-demand/experience-building warning «Experience writing Rust "
                            "services»")});
        row("a category of platforms with examples is the field",
            "Proficiency in cloud platforms (mainly GCP) and their cost models", {});
        row("degree: an undergraduate option is a bachelor's",
            "An undergraduate or graduate degree in electrical engineering", {});
        row("a user's experience is no experience asked for",
            "Knowledge of user experience design, building automation and Android", {});
        row("owning a design's specification is a document",
            "Own the firmware design specification for partners", {});
        row("production support given with adjectives between",
            "Provide timely, hands-on production support to users",
            {QStringLiteral("execution-duty/hands-on-it-support error «Provide timely, hands-on "
                            "production support»")});
        row("actor: users led to do the work", "Guide end users to write and run test scripts", {});
        row("ITIL is a process framework", "Experience deploying ITIL services across regions", {});
        row("combined role: a share of the time in engineering",
            "About 70% program management and 30% engineering work",
            {QStringLiteral("combined-role/contributes-code error «About 70% program management "
                            "and 30% engineering work»")});
        row("Excel macros are code", "Experience with macros in Excel",
            {QStringLiteral("coding-demand/experience-with-code error «Experience with macros»")});
        row("a background in a discipline is a background",
            "A strong background in software engineering or systems architecture", {});
        row("combined role: a technical leader sought is a lead",
            "We are looking for a self-starter technical leader to drive the security roadmap", {});
        row("a record of building and shipping is delivery",
            "Track record of building and shipping data services at scale", {});
        row("launching and operating services is delivery",
            "Experience launching and operating public cloud services", {});
        row("tools for scheduling are the program's",
            "Administer the tools for program scheduling and resource planning", {});
        row("chip layout flows are hardware engineering",
            "Experience with logic synthesis and place and route flows",
            {QStringLiteral("coding-demand/experience-with-code error «Experience with logic "
                            "synthesis and place and route»")});
        row("defining and building products is a product's lead",
            "Experience defining and building subscription software products for enterprise "
            "buyers",
            {});
        row("an 'and/or' program management option is a manager's",
            "5+ years of software engineering, test engineering and/or program management "
            "experience",
            {});
        row("strength: hyphens glued to a full stop separate the items",
            "5+ years of software engineering or program management experience.- Experience "
            "writing Bash scripts.- Clear writing",
            {QStringLiteral("coding-demand/experience-building error «Experience writing Bash "
                            "scripts»")});
        row("developing and managing applications is developing them",
            "6+ years developing and managing internal web applications",
            {QStringLiteral("coding-demand/years-of-development error «6+ years developing and "
                            "managing internal web applications»")});
        row("developing and managing a budget is a manager's",
            "Develop and manage the program budget", {});
        row("practical knowledge of a language is working in it",
            "Strong grasp of data modelling and practical knowledge of SQL",
            {QStringLiteral(
                "coding-demand/experience-with-code error «practical knowledge of SQL»")});
        row("interpreting source code is reading code",
            "Able to interpret and analyze source code when triaging a defect",
            {QStringLiteral("execution-duty/engineering-routine error «Able to interpret and "
                            "analyze source code when triaging a defect»")});
        row("a coding bootcamp is schooling", "Background (a CS degree or coding bootcamp)", {});
        row("from prototype to production is the product's life",
            "Own each module from prototype through tooling, production and install", {});
        row("a contrast ends the negation before it",
            "No coding required, but experience with Python is a plus",
            {QStringLiteral("coding-demand/experience-with-code warning «experience with "
                            "Python»")});
        row("a negation still cancels what follows it without a contrast",
            "No coding required and no experience with Python needed", {});
        row("basic skills in a language are skills in it",
            "Basic HTML skills help you review page changes",
            {QStringLiteral("coding-demand/strong-technology-skills error «Basic HTML "
                            "skills»")});
        row("iterative development is a method",
            "Proficient in iterative software development and its ceremonies", {});
        row("a lead-in that asks for hands-on experience asks for each item",
            "\nYou will bring hands-on experience with:\n- Terraform modules\n- Kubernetes "
            "operators",
            {QStringLiteral("coding-demand/required-technology-list error «Terraform modules»"),
             QStringLiteral("coding-demand/required-technology-list error «Kubernetes»")});
        row("a lead-in that asks for experience in a preferred section asks for it as preferred",
            "\nNice to have:\nHands-on experience with:\n- Terraform modules",
            {QStringLiteral("coding-demand/required-technology-list warning «Terraform "
                            "modules»")});
        row("a contrast ends the knowledge a clause opens with",
            "Knowledge of the deploy pipeline, but write the Terraform modules yourself",
            {QStringLiteral("execution-duty/hands-on-code-work warning «write the Terraform "
                            "modules»")});
        row("a lead-in that asks for familiarity asks for no work",
            "\nFamiliarity with:\n- Terraform modules\n- Kubernetes operators", {});
        row("contributing to open-source projects is contributing code",
            "Set an example by contributing regularly to open source projects",
            {QStringLiteral("execution-duty/contributes-to-engineering warning «contributing "
                            "regularly to open source projects»")});
        row("a capitalised skill after a preposition starts no item",
            "Familiarity in Scripting (e.g., Python, Bash).", {});
        row("a platform's records are the program's",
            "Maintain accurate CRM records for every partner integration", {});
        row("programs that include a technology are programs",
            "Experience running programs that include computer vision", {});
        row("conceptual fluency is understanding",
            "Conceptual fluency in LLM-based products and AI infrastructure, enough to ask the "
            "right questions",
            {});
        row("combined role: the system's primary administrator",
            "Serve as the primary administrator for the HR platform after go-live",
            {QStringLiteral("combined-role/acts-as-engineer error «Serve as the primary "
                            "administrator»")});
        row("combined role: growing into the administrator",
            "Grow into the finance system administrator once it is live",
            {QStringLiteral("combined-role/acts-as-engineer error «Grow into the finance system "
                            "administrator»")});
        row("an 'or leading' inside a list of tools is no manager's option",
            "Expertise in Terraform, Ansible, or leading IaC tools",
            {QStringLiteral("coding-demand/expertise warning «Expertise in Terraform, "
                            "Ansible»")});
        row("strength: a short line with a pronoun keeps the preferred section open",
            "\nNice to have:\n- Proficiency in Rust\nYou will travel 25%\n- Proficiency in Kotlin",
            {QStringLiteral("coding-demand/expertise warning «Proficiency in Rust»"),
             QStringLiteral("coding-demand/expertise warning «Proficiency in Kotlin»")});
        row("employer: a 'Why Acme?' title starts its pitch",
            "\nWhy Nova?\n\nToday, we’re recognized as a global leader in entertainment "
            "producing the Nova family of products and services including Unreal Engine titles "
            "and Android apps.\n",
            {});
        row("employer: 'Why This Role?' ends its pitch",
            "\nWhy Nova?\n\nNova builds data pipelines for studios.\n\nWhy This Role?\n\n"
            "- Write SQL queries for the monthly review",
            {QStringLiteral("execution-duty/queries-data error «Write SQL queries»")});
        row("employer: about this role is the job",
            "About This Role: you will write SQL queries for the monthly review.",
            {QStringLiteral("execution-duty/queries-data error «write SQL queries»")});
        row("employer: its benefits are still its section",
            "\n## About us\n\nWe write production code. Benefits: lunch. We build data "
            "pipelines.\n",
            {});
        row("employer: a bold lead-in", "\n**About us**\n\nWe write production code for clinics.\n",
            {});
        row("employer: who we are looking for is the job",
            "\n## Who we are looking for\n\n- Proficiency in SQL",
            {QStringLiteral("coding-demand/expertise error «Proficiency in SQL»")});
        row("employer: its section ended inline ends for the paragraphs below",
            "\n## About us\n\nWe write production code. Responsibilities: plan the releases.\n\n"
            "- Write SQL queries against the warehouse",
            {QStringLiteral("execution-duty/queries-data error «Write SQL queries»")});
        row("actor: verbs joined in the third person share the job as subject",
            "Plans and builds data pipelines",
            {QStringLiteral("execution-duty/builds-data-work error «builds data pipelines»")});
        row("employer: a benefits field inline starts no section",
            "Benefits: health insurance, paid leave. Requirements: proficiency in SQL.",
            {QStringLiteral("coding-demand/expertise error «proficiency in SQL»")});
        row("tests: coordinating test scripts is the TPM's part",
            "Coordinate UAT test scripts with business users", {});
        row("tests: executing test scripts", "Author and execute test scripts each sprint",
            {QStringLiteral("execution-duty/performance-and-test-work error «Author and execute "
                            "test scripts»")});
        row("build: designing and building an integration",
            "Design and build the integration layer between billing and the CRM",
            {QStringLiteral("execution-duty/developer-work error «Design and build the "
                            "integration layer»")});
        row("operations: restoring a network", "Troubleshoot network outages across sites",
            {QStringLiteral("execution-duty/developer-work error «Troubleshoot network "
                            "outages»")});
        row("data: statistical analyses run by the TPM", "Run statistical analyses on pilots",
            {QStringLiteral("execution-duty/performs-data-analysis error «Run statistical "
                            "analyses»")});
        row("data: pulling data", "Pull and analyse data from the warehouse weekly",
            {QStringLiteral("execution-duty/queries-data error «Pull and analyse data»")});
        row("data: a database as the object", "Create and maintain the reporting database",
            {QStringLiteral("execution-duty/developer-work error «Create and maintain the "
                            "reporting database»")});
        row("operations: the incident responder", "Be the primary responder for Sev1 incidents",
            {QStringLiteral("execution-duty/engineering-routine error «Be the primary responder "
                            "for Sev1 incidents»")});
        row("sentences: an abbreviation's period before lower case ends nothing",
            "4+ yrs exp. w/ Kotlin in production",
            {QStringLiteral("coding-demand/years-of-development error «4+ yrs exp. w/ Kotlin»")});
        row("sentences: a dotted degree keeps its field", "M.Sc. in Physics is essential",
            {QStringLiteral("credential/advanced-engineering-degree error «M.Sc. in Physics»")});
        row("sentences: a period before a capital still ends a sentence",
            "Plan releases. Experience with Kotlin is a plus",
            {QStringLiteral("coding-demand/experience-with-code warning «Experience with "
                            "Kotlin»")});
        row("tests: executing test scripts in a test tool",
            "Execute test scripts in the test management tool and log defects",
            {QStringLiteral("execution-duty/performance-and-test-work error «Execute test "
                            "scripts»")});
        row("code: contributing code to a product",
            "Contribute code to the booking platform when the team is short",
            {QStringLiteral("execution-duty/engineering-routine error «Contribute code to the "
                            "booking platform when the team is short»")});
        row("operations: production support by level",
            "Act as level 2 support for the warehouse system",
            {QStringLiteral("execution-duty/engineering-routine error «Act as level 2 support "
                            "for the warehouse system»")});
        row("release: merging hotfixes yourself", "Cut release branches and merge hotfixes",
            {QStringLiteral("execution-duty/engineering-routine error «Cut release branches and "
                            "merge hotfixes»")});
        row("build: an automation framework with playbooks",
            "Build the automation framework for lab stations, incl. Ansible playbooks",
            {QStringLiteral("execution-duty/builds-tools error «Build the automation "
                            "framework»")});
        row("performance: tuning stored procedures",
            "Analyse query plans and tune stored procedures on the ledger database",
            {QStringLiteral("execution-duty/builds-data-work error «tune stored procedures on the "
                            "ledger database»")});
        row("background: a track record of building",
            "Proven track record developing backend systems at scale",
            {QStringLiteral("coding-demand/experience-building error «Proven track record "
                            "developing backend systems»")});
        row("actor: the person who does the work is the job",
            "You'll be the person who writes the seed scripts for each release",
            {QStringLiteral("execution-duty/hands-on-code-work error «writes the seed scripts»")});
        row("actor: the one who digs through the logs",
            "When an import fails, you'll be the one digging through the logs",
            {QStringLiteral("execution-duty/engineering-routine error «When an import fails, "
                            "you'll be the one digging through the logs»")});
        row("code: picking up backend tickets", "Also pick up backend tickets in sprints",
            {QStringLiteral("execution-duty/engineering-routine error «Also pick up backend "
                            "tickets in sprints»")});
        row("build: pipelines named by their tool",
            "Build and maintain the Jenkins pipelines for the mobile apps",
            {QStringLiteral("execution-duty/hands-on-code-work error «Build and maintain the "
                            "Jenkins pipelines»")});
        row("build: a staging environment", "Stand up a staging environment for the pilot",
            {QStringLiteral("execution-duty/developer-work error «Stand up a staging "
                            "environment»")});
        row("alternatives: program management listed first",
            "8+ years in program management, software engineering or a similar field", {});
        row("platforms: domain experience with a vendor",
            "SAP or Oracle domain experience is a plus", {});
        row("clauses: a second duty joined by 'and also' is judged on its own",
            "Keep the roadmap current and also build dashboards in Looker",
            {QStringLiteral("execution-duty/builds-data-work error «build dashboards»")});
        row("clauses: the second duty's own words still decide",
            "Plan the releases and also track the program dashboards with leadership", {});
        row("management: program management of a technical field is no engineering",
            "6 years of experience in technical program management for FPGA products", {});
        row("management: program management among the alternatives",
            "6 years of experience in technical program management, data engineering or BI", {});
        row("hardware: racking and configuring network gear",
            "Rack, cable and configure core switches in the new hall",
            {QStringLiteral("execution-duty/operates-systems error «Rack, cable and configure core "
                            "switches»")});
        row("hardware: flashing firmware in the lab", "Flash firmware on lab units before builds",
            {QStringLiteral("execution-duty/engineering-routine error «Flash firmware on lab units "
                            "before builds»")});
        row("ERP: configuring modules", "Configuring the finance modules for each country",
            {QStringLiteral("execution-duty/configuration-work error «Configuring the finance "
                            "modules»")});
        row("AI: fine-tuning models", "Fine-tune the ranking models for each market",
            {QStringLiteral("execution-duty/hands-on-code-work error «Fine-tune the ranking "
                            "models»")});
        row("build: a single internal tool", "Design and build the internal provisioning tool",
            {QStringLiteral("execution-duty/builds-tools error «Design and build the internal "
                            "provisioning tool»")});
        row("tools: hands-on with a PM tool is acceptable", "Hands-on experience with Hansoft", {});
        row("clauses: 'and also' before a role is no second duty",
            "You will act as delivery manager and also as tech lead for the API squad",
            {QStringLiteral("combined-role/acts-as-engineer error «act as delivery manager and "
                            "also as tech lead»")});
        row("items: a capitalised verb after an article is part of a title",
            "The PM shall also serve as the Lead Systems Engineer",
            {QStringLiteral("combined-role/acts-as-engineer error «serve as the Lead Systems "
                            "Engineer»")});
        row("items: a capitalised verb after a possessive is part of a name",
            "Help our Build team plan the migration", {});
        row("clauses: 'and' joins a second duty to a whole one",
            "Profile the nightly jobs to find bottlenecks and tune the loader performance",
            {QStringLiteral("execution-duty/tunes-performance error «tune the loader "
                            "performance»")});
        row("clauses: two verbs of one duty stay one duty",
            "Design and build the station software for the assembly line",
            {QStringLiteral("execution-duty/builds-tools error «Design and build the station "
                            "software»")});
        row("sentences: a name in lower case after a full word starts a sentence",
            "Expertise in Swift. iOS certification is a plus",
            {QStringLiteral("coding-demand/expertise error «Expertise in Swift»")});
        row("alternatives: the manager's role among engineers' roles",
            "5+ years as a security engineer, network engineer, or technical program manager", {});
        row("infrastructure: years as an administrator, every option hands-on",
            "6 years as a systems or network administrator",
            {QStringLiteral("coding-demand/years-in-developer-role warning «6 years as a systems "
                            "or network administrator»")});
        row("plans: maintaining a schedule is no configuration",
            "Maintain the integration schedule for sensors and software releases", {});
        row("reports: developing and automating them",
            "Develop and automate the weekly finance reports",
            {QStringLiteral("execution-duty/automates-work error «Develop and automate the weekly "
                            "finance reports»")});
        row("résumé: simulations built", "Has built and run simulations in Gazebo",
            {QStringLiteral("execution-duty/past-developer-work error «built and run "
                            "simulations»")});
        row("experience: a language's experience asked after it", "Python experience required",
            {QStringLiteral("coding-demand/technology-experience error «Python experience»")});
        row("experience: languages' experience as a plus", "Java or Go experience is a plus",
            {QStringLiteral("coding-demand/technology-experience warning «Java or Go "
                            "experience»")});
        row("trap 8: a platform's experience asked after it", "AWS experience required", {});
        row("trap 6: program management experience in a technical field",
            "Program management experience in embedded systems", {});
        row("clauses: a comma and a verb join a second duty to a whole one",
            "Run the steering committees, maintain the schedule and develop automated reports "
            "in Tableau",
            {QStringLiteral("execution-duty/owns-technology error «develop automated reports in "
                            "Tableau»")});
        row("operations: patching servers", "Performing server patching on weekends",
            {QStringLiteral("execution-duty/engineering-routine error «Performing server patching "
                            "on weekends»")});
        row("tests: standing up a test automation framework",
            "Stand up and own the test automation framework",
            {QStringLiteral("execution-duty/developer-work error «Stand up and own the test "
                            "automation framework»")});
        row("code: contributing now and then is still a demand",
            "Contribute to the embedded C codebase as needed",
            {QStringLiteral("execution-duty/contributes-to-engineering warning «Contribute to the "
                            "embedded C codebase»")});
        row("infrastructure: deploying on a container platform",
            "Experience deploying microservices on Kubernetes",
            {QStringLiteral("coding-demand/experience-building error «Experience deploying "
                            "microservices»")});
        row("healthcare: building interfaces", "Build and test HL7 interfaces for the lab systems",
            {QStringLiteral("execution-duty/developer-work error «Build and test HL7 "
                            "interfaces»")});
        row("telecom: tuning network parameters", "Perform RAN parameter tuning in the new markets",
            {QStringLiteral("execution-duty/performance-and-test-work error «Perform RAN parameter "
                            "tuning»")});
        row("trap 1: familiarity in coding", "Familiarity in coding (e.g., C++, Python) is a plus",
            {});
        row("combined: both the manager and a developer",
            "You'll be both the project manager and a senior full-stack developer",
            {QStringLiteral("combined-role/both-roles error «be both the project manager and a "
                            "senior full-stack developer»")});
        row("combined: combining the roles",
            "Combining the roles of Scrum Master and Senior Backend Developer",
            {QStringLiteral("combined-role/both-roles error «Combining the roles of Scrum Master "
                            "and Senior Backend Developer»")});
        row("trap 6: partnering with both roles",
            "Partner with both the delivery manager and the architect", {});
        row("combined: an abbreviated double title", "PM/Developer role for the Java platform",
            {QStringLiteral("combined-role/title error «PM/Developer»")});
        row("background: someone who has been an engineer",
            "We want someone who has been a software engineer and grew into project management.",
            {QStringLiteral("coding-demand/developer-background error «been a software "
                            "engineer»")});
        row("trap 6: a company led by engineers", "It has been an engineer-led company since 2010.",
            {});
        row("combined: a mix of the two jobs",
            "The role is a mix of development and project management.",
            {QStringLiteral(
                "combined-role/contributes-code error «The role is a mix of development "
                "and project management»")});
        row("combined: a double title with an analyst", "Project Manager / Data Analyst (m/f/d)",
            {QStringLiteral("combined-role/title error «Project Manager / Data Analyst»")});
        row("combined: a double title with a test engineer's abbreviation",
            "TPM/SDET for the payments platform",
            {QStringLiteral("combined-role/title error «TPM/SDET»")});
        // Set 22: the developers' experience is the field a program runs in, not a second job.
        row("trap 6: a title whose field is developer experience",
            "Staff Technical Program Manager - Developer Experience", {});
        row("trap 6: a title whose field is a developer platform",
            "Technical Program Manager - Developer Platform", {});
        row("combined: a double title with a plain developer",
            "Technical Program Manager - Developer",
            {QStringLiteral("combined-role/title error «Technical Program Manager - Developer»")});
        row("trap 6: a title, then the leads it leads",
            "The Senior Program Manager - Technical leads complex programs from concept to "
            "delivery.",
            {});
        row("trap 1: a grounding in a field",
            "Grounding in embedded systems and in how firmware development is planned", {});
        row("alternatives: an analyst's background among engineers'",
            "A background as a software engineer or business analyst before moving into delivery",
            {});
        row("actor: the team's backlog", "The team's test automation backlog is prioritised", {});
        row("credential: a master's among business degrees",
            "Master's degree in Information Systems or Business Administration preferred", {});
        row("résumé: shipped as the manager",
            "You've shipped consumer mobile apps as a program or project manager", {});
        row("résumé: a platform designed and built",
            "You've designed and built an internal developer platform from scratch",
            {QStringLiteral("execution-duty/past-developer-work error «designed and built an "
                            "internal developer platform»")});
        row("infrastructure: a container spun up",
            "You can spin up a Docker container and read the logs",
            {QStringLiteral("execution-duty/developer-work error «spin up a Docker container»")});
        row("experience: a couple of years of development",
            "A couple of years of mobile development (Swift or Kotlin)",
            {QStringLiteral("coding-demand/years-of-development warning «A couple of years of "
                            "mobile development (Swift or Kotlin)»")});
        row("hands-on: knowing one's way around tools",
            "You know your way around a terminal, git and a Kubernetes cluster",
            {QStringLiteral("coding-demand/hands-on-with error «know your way around a terminal, "
                            "git»")});
        row("code: open-source contributions", "You've contributed to open source",
            {QStringLiteral("execution-duty/engineering-routine error «You've contributed to open "
                            "source»")});
        row("releases: deploying builds",
            "Deploy builds to staging when developers are unavailable",
            {QStringLiteral("execution-duty/engineering-routine error «Deploy builds to staging "
                            "when developers are unavailable»")});
        row("trap 7: reviewing designs", "Be technical enough to review API designs with the leads",
            {});
        row("expertise: strong with a language", "Strong with Python and NoSQL databases",
            {QStringLiteral("coding-demand/expertise error «Strong with Python and NoSQL»")});
        row("expertise: an expert's understanding",
            "An expert understanding of Java and Spring Boot",
            {QStringLiteral("coding-demand/expertise error «An expert understanding of Java and "
                            "Spring Boot»")});
        row("trap 6: strong in leadership skills",
            "Strong in stakeholder management and Agile delivery", {});
        row("trap 6: a technology's program management experience",
            "Firmware program management experience required", {});
        row("clauses: a new sentence is a new item",
            "Lead the migration. Exposure to CI, build and deployment tooling is a plus.", {});
        row("clauses: a noun that is also a verb starts no duty",
            "Drive improvements to CI, build and deployment tooling", {});
        row("clauses: a series of verbs is one duty",
            "Design, develop and test the integration software",
            {QStringLiteral("execution-duty/builds-tools error «Design, develop and test the "
                            "integration software»")});
        row("actor: the job named before the demand", "As a TPM, you'll need experience with Java",
            {QStringLiteral("coding-demand/experience-with-code error «experience with Java»")});
        row("plans: a software release calendar", "Maintain the software release calendar", {});
        row("actor: the team's rotation joined", "Join the team's on-call rotation",
            {QStringLiteral("execution-duty/engineering-routine error «Join the team's on-call "
                            "rotation»")});
        row("trap 6: interfaces with teams", "Own and maintain interfaces with partner teams", {});
        row("combined: clock times are no manager", "Java Developer - 2 PM to 11 PM shift", {});
        row("trap 6: a team's strength", "Lead a team strong in Java", {});
        row("trap: PM tooling developed for the PMO",
            "Develop and implement best practices, templates and tooling for the PMO", {});
        row("hardware: engineering builds are program phases",
            "Manage the engineering builds from prototyping through qualification builds", {});
        row("combined: acts as in the third person",
            "A delivery lead who also acts as the lead engineer",
            {QStringLiteral("combined-role/acts-as-engineer error «acts as the lead engineer»")});
        row("alternatives: British programme management",
            "Six years in software engineering or technical programme management roles", {});
        row("degrees: a postgraduate degree in engineering", "Post graduate in Engineering",
            {QStringLiteral("credential/advanced-engineering-degree error «Post graduate in "
                            "Engineering»")});
        row("code: development activities in a language",
            "Participate in development activities in Node.js when needed",
            {QStringLiteral("execution-duty/engineering-routine warning «Participate in "
                            "development activities in Node.js when needed»")});
        row("code: having done development in a language",
            "Must have done development in ABAP for 5 years",
            {QStringLiteral("coding-demand/experience-with-code error «done development in "
                            "ABAP»")});
        row("actor: a contracted we is the employer",
            "We’re training and deploying models for enterprises who build agents", {});
        row("years: years of experience abbreviated", "7+ YoE as a backend engineer",
            {QStringLiteral("coding-demand/years-in-developer-role error «7+ YoE as a backend "
                            "engineer»")});
        row("second duty: softened after the first",
            "Lead the sprints and, when needed, write code",
            {QStringLiteral("execution-duty/engineering-routine warning «when needed, write "
                            "code»")});
        row("second duty: a routine with its verb after a manager's duty",
            "Own sprint planning and write production code for the billing team",
            {QStringLiteral("execution-duty/engineering-routine error «write production code for "
                            "the billing team»")});
        row("second duty: routines after a comma",
            "Coordinate the release train, fix bugs and review pull requests",
            {QStringLiteral("execution-duty/engineering-routine error «fix bugs and review pull "
                            "requests»")});
        row("second duty: routines named as nouns stay the lead verb's",
            "Oversee sprint planning and code reviews", {});
        row("trap 6: years working with engineers",
            "4+ years working with data engineers and data scientists", {});
        row("years: working with a language", "5+ years working with Python and Go",
            {QStringLiteral("coding-demand/years-of-development error «5+ years working with "
                            "Python and Go»")});
        row("trap 6: partnering with data scientists",
            "Partner with data scientists to ship ML models to production", {});
        row("trap 8: expertise in a field of computing",
            "Deep knowledge of distributed systems and cloud infrastructure", {});
        row("hands-on: a field of computing hands-on",
            "Hands-on experience with cloud infrastructure",
            {QStringLiteral("coding-demand/hands-on-with error «Hands-on experience with cloud "
                            "infrastructure»")});
        row("trap 8: working in an environment that uses a practice",
            "Experience in a DevOps environment", {});
        row("hands-on: a practice's environment hands-on",
            "Hands-on experience in a DevOps environment",
            {QStringLiteral("coding-demand/hands-on-with error «Hands-on experience in a "
                            "DevOps»")});
        row("trap 8: products of a field", "Experience with machine learning products", {});
        row("models: training models is ML engineering",
            "Collect the data and train models for churn prediction",
            {QStringLiteral("execution-duty/trains-models error «train models»")});
        row("models: training people is not", "Train the support team on the new models", {});
        row("actor: engineers train the models", "Work with ML engineers to train models", {});
        row("infrastructure: troubleshooting connectivity",
            "Troubleshoot network connectivity between sites",
            {QStringLiteral("execution-duty/developer-work error «Troubleshoot network "
                            "connectivity»")});
        row("actor: a platform built on a warehouse",
            "Billing runs on a core suite, with a data platform built on a cloud data warehouse",
            {});
        row("actor: relative clause with a team as subject",
            "You have led programs where teams built distributed data pipelines", {});
        row("trap: a negation asks for nothing",
            "This is not a coding role, but you need to be credible with engineers", {});
        row("infrastructure: administration as experience",
            "Experience with VMware and Windows Server administration",
            {QStringLiteral("coding-demand/administration-experience error «Experience with "
                            "VMware and Windows Server administration»")});
        row("trap 6: administration projects", "Experience in system administration projects", {});
        row("trap 6: the support team", "Experience working with the IT support team", {});
        row("infrastructure: backups as a duty", "Perform system backups and restores",
            {QStringLiteral("execution-duty/engineering-routine error «Perform system backups "
                            "and restores»")});
        row("infrastructure: backups overseen", "Oversee system backups and restores", {});
        row("literacy: reading dashboards", "Comfortable reading dashboards in Datadog and Grafana",
            {});
        row("alternatives: a TPM role among the options",
            "6+ years in performance engineering, platform TPM, or SRE roles", {});
        row("flattened: a capitalised cue starts the next item",
            "6+ years in performance engineering, platform TPM, or SRE roles Demonstrated "
            "experience with load and stress testing",
            {QStringLiteral("execution-duty/performance-and-test-work error «Demonstrated "
                            "experience with load and stress testing»")});
        row("nominal: upkeep of a data pipeline's jobs",
            "Maintenance of the nightly Airflow DAGs for finance",
            {QStringLiteral("execution-duty/developer-work error «Maintenance of the nightly "
                            "Airflow DAGs»")});
        row("nominal: development overseen is the team's",
            "Oversee the development of APIs across three teams", {});
        row("release work: merging branches",
            "Merge feature branches into the release branch every sprint",
            {QStringLiteral("execution-duty/developer-work error «Merge feature branches»")});
        row("configuration: a CRM's objects and rules",
            "Set up and maintain the validation rules of our partner CRM",
            {QStringLiteral("execution-duty/configuration-work error «Set up and maintain the "
                            "validation rules»")});
        row("actor: the vendor builds the connector",
            "Manage the vendor building our Workday payroll connector", {});
        row("actor: a design review is a document's",
            "Review mechanical design changes with the enclosure team", {});
        row("hardware: installing data-centre equipment",
            "Install and cable storage equipment during the refresh",
            {QStringLiteral("execution-duty/operates-systems error «Install and cable storage "
                            "equipment»")});
        row("debugging: logs and traces", "Be willing to dig into logs and traces after a failure",
            {QStringLiteral("execution-duty/engineering-routine error «Be willing to dig into logs "
                            "and traces after a failure»")});
        row("tools: the program's own tooling", "Set up the PM tooling and release checklists", {});
        row("reports: a report writer's reports",
            "Builds Crystal reports for the finance stakeholders",
            {QStringLiteral("execution-duty/builds-bi-reports error «Builds Crystal reports»")});
        row("data: database views", "Maintain the database views behind the cost reports",
            {QStringLiteral("execution-duty/developer-work error «Maintain the database "
                            "views»")});
        row("status: the program's own dashboard",
            "Build and maintain the program dashboard that tracks milestones and risks", {});
        row("trap 6: implementing an enterprise system",
            "Experience implementing ERP solutions such as SAP S/4HANA or NetSuite", {});
        row("trap 7: a tracker for a hardware program",
            "Keep the dependency tracker for the hardware bring-up program current", {});
        row("trap 8: business systems named before a database",
            "Experience with ERP systems (SAP, Oracle) in a plant environment", {});
        row("trap 8: a directory service is a platform",
            "Experience with Windows OS technologies and Active Directory", {});
        row("cue: a command of a language", "Solid command of C/C++ for embedded targets",
            {QStringLiteral("coding-demand/expertise error «Solid command of C/C++»")});
        row("second duty: a softener at the end softens the duty before it",
            "Lead the sprints and write automation scripts, a plus",
            {QStringLiteral("execution-duty/hands-on-code-work warning «write automation "
                            "scripts»")});
        row("code: well-tested code is not writing well", "Write well-tested Go code",
            {QStringLiteral("execution-duty/developer-work error «Write well-tested Go code»")});
        row("skills: writing well is communication", "Ability to write well for executives", {});
        row("actor: architecture reviews are run, not coded",
            "Run architecture reviews with the platform team", {});
        row("hardware: reviewing schematics is oversight",
            "Review schematics with the hardware team", {});
        row("nominal: development as a managed item", "Manage budgets and development of new APIs",
            {});
        row("trap 8: a field named before another one and the industry",
            "Experience in the machine learning or computer hardware industry", {});
        row("trap 7: on-call coverage established as a process",
            "Establish operational rigor: runbooks, on-call coverage and incident response", {});
        row("strength: an inline list of what strong candidates may also have",
            "Lead the program. Strong candidates may also have: Built Tableau dashboards for the "
            "fleet",
            {QStringLiteral("execution-duty/builds-bi-reports warning «Built Tableau "
                            "dashboards»")});
        row("performance: tuning named in one hyphenated verb",
            "Performance-tune the training jobs with the platform team",
            {QStringLiteral("execution-duty/engineering-routine error «Performance-tune the "
                            "training jobs with the platform team»")});
        row("performance: tuning the teams do", "Ensure teams performance-tune their services", {});
        row("trap 7: handing incidents to a support team",
            "Escalate incidents to the 3rd line support team", {});
        row("support: providing third-line support oneself",
            "Provide 3rd-line support for migrated workloads",
            {QStringLiteral("execution-duty/engineering-routine error «Provide 3rd-line support "
                            "for migrated workloads»")});
        row("dashboards: prototyped in a BI tool",
            "You've prototyped dashboards in Looker for your own programs",
            {QStringLiteral("execution-duty/builds-data-work error «prototyped dashboards»")});
        row("family 4: years as a data analyst", "Three years as a BI analyst in retail",
            {QStringLiteral("coding-demand/years-in-developer-role error «Three years as a BI "
                            "analyst»")});
        row("code: open-source contributions asked for", "Open source contributions to compilers",
            {QStringLiteral("execution-duty/engineering-routine error «Open source "
                            "contributions to compilers»")});
        row("code: reviewing pull requests", "Review PRs from the platform team",
            {QStringLiteral("execution-duty/engineering-routine error «Review PRs from the "
                            "platform team»")});
        row("alternatives: a management option with qualifiers of its own",
            "6+ years in storage systems engineering or datacenter technical program management",
            {});
        row("alternatives: a phrase after the option names no management option",
            "5+ years of Java or Go development for program management teams",
            {QStringLiteral(
                "coding-demand/years-of-development warning «5+ years of Java or Go»")});
        row("actor: the projects do what follows them",
            "Run projects that tune the Kafka clusters for throughput", {});
        row("actor: the same work as one's own", "Tune the Kafka clusters for throughput",
            {QStringLiteral("execution-duty/tunes-performance error «Tune the Kafka clusters for "
                            "throughput»")});
        row("literacy: architectural fluency",
            "Architectural fluency across service design, APIs and event streams", {});
        row("process: standing up a development lifecycle",
            "Stand up the SDLC and release tooling for a growing company", {});
        row("process: standing up pipelines is building them",
            "Stand up CI/CD pipelines and release tooling",
            {QStringLiteral("execution-duty/developer-work error «Stand up CI/CD pipelines»")});
        row("hardware: design-for-X methods are a field",
            "Run DFM and Design for Assembly reviews. Design for Test coverage with the ODM", {});
        row("hardware: assembly language is still a language", "Write boot code in Assembly",
            {QStringLiteral("execution-duty/hands-on-code-work error «Write boot code»")});
        row("actor: the candidate is the one who writes", "We want someone who writes Go services",
            {QStringLiteral("execution-duty/hands-on-code-work error «writes Go services»")});
        row("actor: engineers are others who write", "Work with engineers who write Go services",
            {});
        row("escapes: a Markdown-escaped hyphen still joins a term",
            "Hands\\-on experience with Terraform",
            {QStringLiteral(
                "coding-demand/expertise error «Hands\\-on experience with Terraform»")});
        row("manner: the TPM's own work after by", "Cut release toil by building deployment tools",
            {QStringLiteral("execution-duty/builds-tools error «building deployment tools»")});
        row("manner: tuning as the means", "Raise throughput by tuning the Kafka brokers",
            {QStringLiteral("execution-duty/owns-technology error «tuning the Kafka»")});
        row("manner: the work of others after by",
            "Cut release toil by having the platform team build deployment tools", {});
        row("manner: building consensus is no tool", "Drive alignment by building consensus", {});
        row("trap 8: a kind of system named by its technology",
            "Experience working with FPGA-based systems and board-level designs", {});
        row("hardware: the technology itself", "Experience with FPGA and board-level designs",
            {QStringLiteral("coding-demand/experience-with-code error «Experience with FPGA»")});
        row("gaps: technologies such as",
            "Experience with container technologies such as Kubernetes or Nomad",
            {QStringLiteral("coding-demand/experience-with-platform warning «Experience with "
                            "container technologies such as Kubernetes or Nomad»")});
        row("combined: acting like an engineer",
            "Someone who can think like a strategist and act like an engineer",
            {QStringLiteral("combined-role/acts-as-engineer error «act like an engineer»")});
        row("combined: the body seeks an engineer",
            "We are looking for a Senior Platform Engineer to steer our delivery programs",
            {QStringLiteral("combined-role/seeks-engineer error «We are looking for a Senior "
                            "Platform Engineer»")});
        row("combined: a longer engineer title",
            "We are hiring a Senior Mission Ground Systems Engineer to support the program",
            {QStringLiteral("combined-role/seeks-engineer error «We are hiring a Senior Mission "
                            "Ground Systems Engineer»")});
        row("combined: seeking a TPM who works with engineers",
            "We are looking for a TPM who enjoys working with engineers", {});
        row("combined: seeking a manager, engineers later",
            "We're looking for a project manager fluent with engineers", {});
        row("combined: an engineer or a TPM", "We are looking for a Software Engineer or TPM", {});
        row("combined: a careers page hiring engineers",
            "We are hiring engineers, designers and TPMs across all our offices", {});
        row("combined: the TPM helps to hire an engineer",
            "Support the hiring manager in hiring a QA engineer", {});
        row("certification: an engineer's certificate",
            "Cloud certifications such as Cloud DevOps Engineer are required",
            {QStringLiteral("coding-demand/engineer-certification error «certifications such as "
                            "Cloud DevOps Engineer»")});
        row("certification: a PM certificate, then leading engineers",
            "PMP certification and 5+ years leading software engineers", {});
        row("infrastructure: expertise in a domain", "Deep expertise in radio and core networks",
            {});
        row("infrastructure: years of hands-on work",
            "5+ years of hands-on work on servers and storage",
            {QStringLiteral("coding-demand/hands-on-infrastructure error «hands-on work on servers "
                            "and storage»")});
        row("actor: a team of others responsible for the work",
            "Lead a team of engineers responsible for deploying automation solutions", {});
        row("actor: the TPM's own team is no other actor",
            "Join a team of program managers and write SQL queries",
            {QStringLiteral("execution-duty/queries-data error «write SQL queries»")});
        row("documents: playbooks as the object",
            "This role contributes to the development of infrastructure and cloud playbooks", {});
        row("process: engineering methodologies",
            "Proven experience in lean software engineering methodologies", {});
        row("head: a hyphenated qualifier before the plans",
            "Develop and maintain cluster-level allocation plans", {});
        row("head: years in infrastructure projects",
            "8+ years of experience in data center and network projects", {});
        row("head: years in infrastructure work",
            "8+ years of experience in data center operations",
            {QStringLiteral(
                "coding-demand/hands-on-infrastructure error «8+ years of experience in "
                "data center operations»")});
        row("configuration: expertise in configuring a system",
            "Deep expertise in ServiceNow configuration",
            {QStringLiteral("execution-duty/configuration-work error «Deep expertise in ServiceNow "
                            "configuration»")});
        row("skills: a longer skills cue keeps the shorter's weight",
            "Strong technical skills in Kubernetes and Terraform",
            {QStringLiteral("coding-demand/expertise error «Strong technical skills in Kubernetes "
                            "and Terraform»")});
        row("infrastructure: extensive experience in operations",
            "Extensive experience in data center operations",
            {QStringLiteral("coding-demand/hands-on-infrastructure error «Extensive experience in "
                            "data center operations»")});
        row("documents: a list ends in a tool, not a document",
            "Develop automation scripts and templates",
            {QStringLiteral("execution-duty/developer-work error «Develop automation scripts»")});
        row("hands-on: the style of the role",
            "This is a hands-on infrastructure role with frequent site visits", {});
        row("hardware: a mechanical design tool", "Experience in 3D CAD and 2D drawing tools",
            {QStringLiteral("coding-demand/experience-with-code error «Experience in 3D CAD and 2D "
                            "drawing tools»")});
        row("hardware: familiarity with a design tool", "Familiarity with AutoCAD", {});
        row("hardware: CAD as a currency", "Salary CAD 120,000 - 140,000 and full benefits", {});
        row("programs: project development experience",
            "Infotainment project development experience", {});
        row("deliverables: building infrastructure is only a hint",
            "Build the shared infrastructure the squads rely on",
            {QStringLiteral("execution-duty/builds-broad-deliverable info «Build the shared "
                            "infrastructure»")});
        row("deliverables: deploying solutions is only a hint",
            "Deploy integration solutions for our logistics customers",
            {QStringLiteral("execution-duty/builds-broad-deliverable info «Deploy integration "
                            "solutions»")});
        row("deliverables: infrastructure code is code",
            "Build infrastructure code for the billing platform",
            {QStringLiteral("execution-duty/developer-work error «Build infrastructure code»")});
        row("deliverables: a list led by code is developer work",
            "Develop microservices and infrastructure for checkout",
            {QStringLiteral(
                "execution-duty/developer-work error «Develop microservices and infrastructure»")});
        row("deliverables: a list led by infrastructure reaches the code",
            "Develop infrastructure and microservices for checkout",
            {QStringLiteral(
                "execution-duty/developer-work error «Develop infrastructure and microservices»")});
        row("head: years in software development projects",
            "5+ years of experience in software development projects", {});
        row("head: years of development, then projects",
            "5+ years of experience in software development on large projects",
            {QStringLiteral("coding-demand/years-of-development error «5+ years of experience in "
                            "software development»")});
        row("lexical: business development is a sales function",
            "Support business development activities with technical proposals", {});
        row("lexical: development activities of one's own",
            "Support development activities for the release",
            {QStringLiteral("execution-duty/engineering-routine error «Support development "
                            "activities for the release»")});
        row("family 3: technical support to users as the responder",
            "Provide technical support to end users across the three sites",
            {QStringLiteral("execution-duty/engineering-routine error «Provide technical support "
                            "to end users across the three sites»")});
        row("family 3: support given by a service desk the TPM leads",
            "Ensure the service desk can provide technical support to users", {});
        row("family 3: support to the project team is no helpdesk",
            "Provide technical support to the project team", {});
        row("trap 7: test plans for a platform are documents",
            "Develop test plans for Salesforce integrations", {});
        row("lexical: business development beside a degree leaves the degree",
            "Master's degree in Computer Science, business development experience a plus",
            {QStringLiteral("credential/advanced-engineering-degree warning «Master's degree in "
                            "Computer Science»")});
        row("trap 7: integration plans are documents",
            "Develop integration plans for the acquired business units", {});
        row("trap 7: integrations themselves are configuration",
            "Develop integrations for the acquired business units",
            {QStringLiteral("execution-duty/configuration-work error «Develop integrations»")});
        row("deliverables: a team that builds them is no demand",
            "Lead the engineers who build the deployment infrastructure", {});
        // Set 37: knowing how a routine is done, a team coached to do the work, reproducing issues,
        // and operating systems as a noun.
        row("knowledge: understanding how a routine is done",
            "Understand on how to keep quality up by running static code analysis and code "
            "review",
            {});
        row("knowledge: the same routine as a duty",
            "Keep quality up by running static code analysis and code review",
            {QStringLiteral("execution-duty/engineering-routine error «Keep quality up by "
                            "running static code analysis and code review»")});
        row("actor: a team coached to do the work",
            "Coach a team to design, build and deploy mobile apps", {});
        row("actor: a team coached to do a longer list of work",
            "Coach a team to design, build, test, document, deploy and support mobile apps", {});
        row("actor: a team coached to do work listed with a serial comma",
            "Coach a team to design, build, test, document, and deploy mobile apps", {});
        row("actor: nouns listed after 'to' are no verbs that share a subject",
            "Send updates to engineers, designers and QA and build the CI pipeline",
            {QStringLiteral("execution-duty/developer-work error «build the CI pipeline»")});
        row("knowledge: the opener governs work named far from it",
            "Understanding of how a release moves from the first sprint planning session "
            "through staging and into production, including code review",
            {});
        row("knowledge: a duty of its own after 'and' is no knowledge",
            "Knowledge of the release calendar for every product line, and fix bugs in the "
            "deploy scripts",
            {QStringLiteral(
                "execution-duty/hands-on-code-work warning «fix bugs in the deploy scripts»")});
        row("knowledge: reading dashboards opens no knowledge",
            "Read dashboards each morning to spot regressions in the nightly release train, and "
            "fix bugs in the deploy scripts",
            {QStringLiteral(
                "execution-duty/hands-on-code-work warning «fix bugs in the deploy scripts»")});
        row("knowledge: a clause that opens with knowledge asks for it throughout",
            "Knowledge of how releases are run, from writing code and code review to deployment",
            {});
        row("actor: the same work as the TPM's own", "Design, build and deploy mobile apps",
            {QStringLiteral(
                "execution-duty/developer-work error «Design, build and deploy mobile apps»")});
        row("support: reproducing reported bugs",
            "Reproduce customer-reported bugs in the staging environment",
            {QStringLiteral(
                "execution-duty/troubleshoots-issues error «Reproduce customer-reported bugs»")});
        row("support: engineers reproduce the issues",
            "Make sure the engineers who reproduce customer issues have what they need", {});
        // Set 38: a duty hedged by "wherever possible" is done when it can be, as "as needed".
        row("strength: a duty done wherever possible",
            "Automate the weekly release reports wherever possible",
            {QStringLiteral(
                "execution-duty/automates-work warning «Automate the weekly release reports»")});
        row("strength: the same duty unhedged", "Automate the weekly release reports",
            {QStringLiteral(
                "execution-duty/automates-work error «Automate the weekly release reports»")});
        // Set 40: an arts option, standards and processes of development, its management,
        // and a team's introduction under "Meet the … Team".
        row("credential: an arts degree among the options",
            "Master's degree in Arts, Science or Engineering", {});
        row("credential: only technical options", "Master's degree in Science or Engineering",
            {QStringLiteral("credential/advanced-engineering-degree error «Master's degree in "
                            "Science or Engineering»")});
        row("development standards are a process",
            "Write and maintain software development standards for the squads", {});
        row("development processes are a process",
            "Experience with the basics of software development processes", {});
        row("development management is management",
            "Experience using Azure Boards for software development management", {});
        row("development itself is still development",
            "Experience using Azure Boards for software development",
            {QStringLiteral("coding-demand/experience-with-code error «Experience using Azure "
                            "Boards for software development»")});
        row("employer: a team introduced under 'Meet the'",
            "\nMeet the Platform Team\n\nWant to build data pipelines people love? We ship "
            "weekly.\n",
            {});
        row("employer: the same line without the heading",
            "Want to build data pipelines people love? We ship weekly.",
            {QStringLiteral("execution-duty/builds-data-work error «build data pipelines»")});
        row("operating systems are no verb and object",
            "Track upgrades of operating systems and databases across the estate", {});
    }

    void families()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describeFindings(text, m_analyzer.analyze(text)), expected);
    }

    void nearMisses_data()
    {
        addRows();
        const auto row = [](const char *name, const char *text) {
            QTest::newRow(name) << QString::fromUtf8(text) << QStringList{};
        };
        row("familiarity with Python", "Familiarity with Python.");
        // Knowledge offered as the other option of experience asks no more than knowledge.
        row("knowledge or experience", "Knowledge/experience of Java and Python.");
        row("understanding or experience", "Understanding or experience with Python scripting.");
        row("experience or familiarity", "Experience or familiarity in Kubernetes and Terraform.");
        // "Go" is a language only where it is no English idiom, which a bullet may capitalise.
        row("a go-getter",
            "# Technical Project Manager\nRequirements:\n- Go getter attitude and high energy");
        row("the go-to person",
            "# Technical Project Manager\nRequirements:\n- Go-to person for release trains");
        row("a go-live",
            "# Technical Project Manager\nRequirements:\n- Go-live planning for the new ERP");
        // A team described by its engineers is no second job for the TPM.
        row("a team described by its engineers", "You will join an engineer-first TPM team.");
        // "react" in lower case after "to", or with how one reacts, is the verb, not React.
        row("reacting to change", "Comfortable with change and able to react quickly.");
        row("an ability to react", "A proven ability to react and respond to new priorities.");
        row("an engineering role as one alternative",
            "3+ years in a program management or engineering role.");
        row("partnering with engineering roles",
            "Experience partnering with engineering roles across the company.");
        row("informing both roles", "Keep both a product manager and an engineer informed.");
        row("a work arrangement",
            "Hybrid project manager role supporting the solutions architect.");
        row("accountable to both roles",
            "Accountable to both a program director and a lead architect.");
        row("reporting to both roles",
            "Report to both a program director and an engineering lead.");
        row("administering contracts", "Contract administration experience.");
        row("years in a field of technology", "8+ years of experience with machine learning.");
        row("coordinating with production support",
            "Coordinate with production support on releases.");
        row("escalating to production support", "Escalate critical issues to production support.");
        row("support processes", "Define and improve production support processes.");
        row("supporting people", "Provide day-to-day support to the engineering teams.");
        row("little to no coding", "Little to no coding is required in this role.");
        row("handing over to a support team",
            "Hand over each release to the production support team.");
        row("managing application support",
            "Program management experience in application support.");
        row("a support strategy", "Define the application support strategy for the launch.");
        row("a field of technology as the programs' domain",
            "Experience with information security programs.");
        row("expertise in a business platform as its user",
            "Deep expertise in NetSuite and Coupa is a must.");
        row("execution plans are plans", "Develop execution plans for the fibre build-out.");
        row("evolving a system is its direction",
            "Set the direction to evolve the infrastructure and its services.");
        row("working with an engineering function",
            "Experience working with hardware engineering, manufacturing and suppliers.");
        row("software development as the projects' kind",
            "Experience working on software development programs.");
        row("an abbreviation joined by an ampersand",
            "At least six years in P&C or life insurance.");
        row("an individual contributor is no engineer",
            "Act as a senior individual contributor on the program team.");
        row("performance testing as a test phase",
            "Coordinate SIT, UAT and performance testing with the QA lead.");
        row("a data centre, spelt so, as a domain",
            "15 years of experience in data centre builds.");
        row("a driving licence's code", "A valid code 10 (or code C1) driver's licence.");
        row("a data centre as the programs' domain",
            "15 years of experience in data center builds and expansions.");
        row("network infrastructure as a domain",
            "Deep experience in network infrastructure and hyperscale data centres.");
        row("networking with people", "Build networking relationships with partners.");
        row("wireframes of an interface", "Develop wireframes of the user interfaces.");
        row("documents for developers", "Experience creating developer documentation.");
        row("a manager's role as one alternative",
            "12+ years of experience as a Technical Program Manager or Technical Lead.");
        row("configuration management as a discipline",
            "Configuration management experience (ITIL).");
        row("coordinating the regression runs", "Coordinate the regression suite runs with QA.");
        row("analysing production issues", "Analyze production issues and report trends.");
        row("an architecture style as the field", "Experience with microservices architecture.");
        row("asking the data team", "Query the data team when a number looks wrong.");
        row("answering questions about data", "Answer any query about program data.");
        row("a softener before a second object",
            "Own the release calendar and, where appropriate, the budget.");
        row("a gerund routine in a lead verb's list",
            "Oversee UAT, defect triage and fixing bugs.");
        row("tuning an operating model", "Fine-tune the operating model as the program scales.");
        row("capacity of a data center", "Experience with data center capacity expansions.");
        row("project roles in a field", "5+ years in IT project roles.");
        row("coordinating with desktop support",
            "Experience coordinating with desktop support during office moves.");
        row("a field as the other option",
            "Experience in the machine learning or cloud computing industry.");
        row("understanding of CI/CD pipelines", "Understanding of CI/CD pipelines.");
        row("partner with engineers who write Java", "Partner with engineers who write Java.");
        row("coordinate sprint planning", "Coordinate sprint planning.");
        row("hands-on program management", "Hands-on program management of large launches.");
        row("hands-on experience with Jira", "Hands-on experience with Jira.");
        row("the platform the work is tracked in", "Ability to use GitLab.");
        row("GitHub among project tracking tools",
            "Experience with GitHub, Jira or similar project tracking tools.");
        row("work with developers who deploy", "Work with developers to deploy services.");
        row("the company builds software", "Acme builds forecasting software for utilities.");
        row("negated coding", "You will not be expected to write code.");
        row("no hands-on development", "No hands-on development is required.");
        row("bachelor's degree", "Bachelor's degree in Computer Science or equivalent.");
        row("master's with an MBA alternative", "Master's degree in Engineering or an MBA.");
        row("master's with project management as the other field",
            "Master's degree in Computer Science or Project Management.");
        row("master's with project management among the fields",
            "Master's degree in Engineering, Project Management, Construction Management or a "
            "related technical discipline.");
        row("project manager and engineers", "Work with the project manager and engineers.");
        row("able to discuss architecture",
            "Able to discuss architecture trade-offs with engineers.");
        row("technology in a lead-in is not a demand", "Experience that helps:");
        row("a master schedule is no degree", "Own the master schedule for the data hall fit-out.");
        row("a capitalised master schedule is no degree",
            "Master schedule for the IT fit-out, kept by this role.");
        row("planning a code freeze", "Plan the code freeze for each release.");
        row("a tool, or managing the teams that use it as the other option",
            "Experience with Snowflake or dbt, or with managing teams that build on them.");
        row("a language, or leading developers as the other option",
            "Strong Kotlin skills, or leading developers who have them.");

        row("a tagged word between the technology and programs",
            "Own cluster upgrade programs end to end.");
        row("an engineer, or as the other option a TPM",
            "Experience as an engineer developing storage software, or as a technical program "
            "manager.");
        row("a hyphenated qualifier of programs", "Own cluster turn-up programs end to end.");
        row("report-writing tools", "Familiarity with report-writing tools such as Crystal.");
        row("a document as the object", "Contribute to the solution architecture document.");
        row("program experience with a platform",
            "Requirements:\n- Oracle Cloud or SAP program experience.");
        row("erasure coding is a storage technique",
            "Experience with storage concepts such as replication and erasure coding.");
        row("the employer's history",
            "We have built open-source tools over the last 15 years, mostly in C++ and Python.");
        row("managing software engineers",
            "Requirements:\n- 4+ years of software engineering management experience.");
        row("hiring a development team",
            "Requirements:\n- Experience hiring and growing a software development team.");
        row("leading in a development organization",
            "Requirements:\n- 5+ years of leadership experience in a software development "
            "organization.");
        row("a business field among the degree's options",
            "Requirements:\n- Master's degree in Information Systems, Business, or a related "
            "field.");
        row("the kind of challenge a technology brings",
            "Requirements:\n- Command of hardware and software integration challenges.");
        row("pseudo code is a specification", "Write technical specifications or pseudo code.");
        row("teams named by their disciplines",
            "Drive alignment across the Industrial Design, User Experience, Systems Architecture, "
            "and Sensor Design teams.");
        row("a low-code platform",
            "Requirements:\n- Experience with low-code integration platforms.");
        row("optimizing how the operations perform",
            "Drive the data work needed for capacity planning and operational performance "
            "optimization.");
        row("analysing the business's performance", "Business performance analysis and reporting.");
        row("a tracker named with its suite", "Proficient in Jira and Azure DevOps.");
        row("specifications of software",
            "Ability to read and write software application specifications.");
        row("the practices software is developed by",
            "Knowledge of or experience with software development practices (e.g. Scrum, Kanban).");
        row("people's professional development",
            "Improve the professional development experience of all staff.");
        row("the development and project management life cycle",
            "Expertise in applying the systems development and project management life-cycle "
            "processes.");
        row("a platform named by its language",
            "Experience with SAS platforms, in particular SAS Viya.");
        row("understanding a technology under requirements",
            "Requirements:\n- Understand data pipelines and model training needs.");
        row("understanding engineering tools under requirements",
            "Requirements:\n- Understand Kubernetes and Terraform well enough to challenge "
            "estimates.");
        // A demand the posting waives right away asks for nothing; one that stays helpful is
        // still asked for, as a plus (below, in families).
        row("coding experience that is not necessary", "Coding experience is not necessary.");
        row("a language's experience that is not required", "Python experience is not required.");
        // Set 35: the employer's stack under a heading of its own, without a colon.
        row("the employer's stack after the requirements",
            "Requirements:\n- Three years leading web projects.\n\nOur Tech Stack\n\n- Kotlin "
            "and Spring\n\n- PostgreSQL\n\n- Terraform");
        // Alternatives a TPM meets: beside the engineers, or understanding instead of doing.
        row("as an engineer or alongside them",
            "Shipped software through its lifecycle as an engineer or alongside engineering "
            "teams.");
        row("doing the work or understanding it",
            "Hands-on Python experience or a solid understanding of how Python services are "
            "built.");
        // Procedures are a process, whatever they automate.
        row("designing automation procedures",
            "Design review and automation procedures for each release.");
        // The field of a manager's experience is where they managed.
        row("a project manager's experience in a field",
            "Four years of project manager experience in mobile software development.");
        row("program management experience in a field",
            "Program management experience in software engineering.");
    }

    void nearMisses()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describeFindings(text, m_analyzer.analyze(text)), expected);
    }

    void roleFindings_areOnlyInformationInDeveloperPostings()
    {
        const QString text =
            QStringLiteral("# Senior Software Engineer\n\nExpertise in Java and Go.\n#Hiring");
        const Analysis analysis = m_analyzer.analyze(text);
        QCOMPARE(analysis.role, Role::Developer);
        QCOMPARE(
            describeFindings(text, analysis),
            (QStringList{QStringLiteral("coding-demand/expertise info «Expertise in Java and Go»"),
                         QStringLiteral("tone/hashtags info «#Hiring»")}));
        QCOMPARE(analysis.verdict, Verdict::None); // too short for a verdict
        QCOMPARE(analysis.score, 98);              // only the hashtag counts
        QCOMPARE(analysis.balance.execution, 50);
        QVERIFY(analysis.coverage.isEmpty());
    }

    void findings_carryMessageAndRationale()
    {
        const Analysis analysis = m_analyzer.analyze(u"Expertise in Rust and Kotlin.");
        QCOMPARE(analysis.findings.size(), 1);
        const Finding &f = analysis.findings.first();
        QCOMPARE(f.category, Category::CodingDemand);
        QCOMPARE(f.message, QStringLiteral("Demands hands-on expertise in Rust and Kotlin, which "
                                           "is an engineer's job, not a project leader's"));
        QVERIFY(f.rationale.startsWith(QStringLiteral("A TPM is hired to steer delivery")));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
