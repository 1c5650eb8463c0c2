import org.lawkeeper.maven.plugin.ItBuild

def build = ItBuild.of(basedir)
def deep = 'src/main/java/com/example/Deep.java'
build.logHas('[ERROR] ' + deep + ':9', ' violated ', ' U1^T*U1 - U2*U2^T ', ' momentum')
build.logHas('[ERROR]     report: target/lawkeeper/reports/com.example.Deep/line-9/index.html')
build.logHas('[ERROR] Failed to execute goal org.lawkeeper:lawkeeper-maven-plugin:')
build.logHas('Lawkeeper: 1 finding fails the check (fail on violated): ' + deep + ':9 violated -> [Help 1]')

def violated = build.result('violated', deep, 9)
assert violated.at('/locations/0/physicalLocation/region/startColumn').asInt() == 1
assert violated.at('/locations/0/physicalLocation/region/snippet/text').asString() ==
        '@Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")'
assert violated.at('/message/text').asString() =~ /^Violated under momentum: drift \d\.\de-\d\d at t = \d\.\d\d on linear:1,1,1/
assert violated.get('fixes').size() == 2
assert violated.at('/attachments/0/artifactLocation/uri').asString() == 'target/lawkeeper/reports/com.example.Deep/line-9/index.html'
assert new File(basedir, 'target/lawkeeper/reports/com.example.Deep/line-9/index.html').text.contains('data-plot="momentum"')
build.noResult('conserved') // a conserved claim is no problem for code scanning
build.junit(2, 1, 0, 0)
return true
