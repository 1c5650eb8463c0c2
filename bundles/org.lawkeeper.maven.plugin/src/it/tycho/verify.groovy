import org.lawkeeper.maven.plugin.ItBuild

def build = ItBuild.of(basedir)
def deep = 'src/com/example/tycho/models/Deep.java'
build.logHas('[INFO] ' + deep + ':8', ' conserved ', ' U1^T*U1 - U2*U2^T ', ' gf')
build.noResult('conserved')
assert new File(basedir, 'target/com.example.tycho.models-1.0.0-SNAPSHOT.jar').isFile()
build.junit(1, 0, 0, 0)
return true
