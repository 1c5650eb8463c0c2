import org.lawkeeper.maven.plugin.ItBuild

def build = ItBuild.of(basedir)
def relu = 'src/test/java/com/example/ReluModel.java'
build.logHas('[WARNING] ' + relu + ':9', ' violated ', ' norm2(U2, rows) - norm2(U1, cols)^T ', ' momentum')
build.logHas('[INFO] no finding fails the check (fail on never)')
build.logHas('[INFO] BUILD SUCCESS')
build.result('violated', relu, 9)
build.noResult('conserved')
build.junit(2, 1, 0, 0)
return true
