import org.lawkeeper.maven.plugin.ItBuild

def build = ItBuild.of(basedir)
def misspelt = 'src/main/java/com/example/Misspelt.java'
def unknown = 'src/main/java/com/example/Unknown.java'
build.logHas('[ERROR]     Malformed law under gf: column 11: unknown block \'W\' (blocks of linear:2,3,2: U1, U2)')
build.logHas('[ERROR] ' + unknown + ':6', ' model ', 'Malformed model spec: unknown model kind \'resnet\'')
build.logHas('Lawkeeper: 2 findings fail the check (fail on malformed): ' + misspelt + ':8 malformed, ' + unknown + ':6 model')

def region = build.result('malformed', misspelt, 8).at('/locations/0/physicalLocation/region')
assert region.get('startColumn').asInt() == '@Conserves(flow = "gf", law = "U1^T*U1 - '.length() + 1
assert region.at('/snippet/text').asString() == 'W'
assert build.result('model', unknown, 6).get('level').asString() == 'error'
build.junit(2, 0, 2, 0)
return true
