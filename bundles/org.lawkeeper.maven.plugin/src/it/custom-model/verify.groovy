import org.lawkeeper.maven.plugin.ItBuild

def build = ItBuild.of(basedir)
def hyperbola = 'src/main/java/com/example/Hyperbola.java'
build.logHas('[INFO] ' + hyperbola + ':13', ' conserved ', ' x[1]^2 - x[2]^2 ', ' gf')
build.noResult('conserved')
build.junit(1, 0, 0, 0)
return true
