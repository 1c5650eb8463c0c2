import org.lawkeeper.maven.plugin.ItBuild

def build = ItBuild.of(basedir)
build.logHas('[INFO] src/main/java/com/example/Deep.java:8', ' conserved ', ' U1^T*U1 - U2*U2^T ', ' gf')
build.logHas('[INFO] no finding fails the check (fail on violated)')
assert build.result('conserved', 'src/main/java/com/example/Deep.java', 8).get('kind').asString() == 'pass'
build.junit(1, 0, 0, 0)
return true
