# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

## The participant page (web/): a workshop joined from a phone or laptop browser

page-join = Entrar
page-change-name = Mudar meu nome
page-connection = Conexão
page-offline = Sem conexão no momento. Suas alterações ficam guardadas neste aparelho e serão enviadas quando a conexão voltar.
page-token-refused = Este link não é válido: o código de acesso está errado ou mudou. Peça ao anfitrião o endereço ou o QR code atual.
page-view-only = Você pode acompanhar a oficina, mas o anfitrião não permitiu edição pelo navegador.
page-picture = O ciclo de serviço, desenhado pelo anfitrião. A lista de momentos repete o mesmo em texto.
page-picture-loading = Carregando o desenho…
page-picture-failed = Não foi possível carregar o desenho. Tentando de novo…
page-moments = Momentos da verdade
page-no-moments = Este ciclo ainda não tem momentos.
page-critical = Crítico
page-satisfaction = Satisfação { $score } de 5
page-satisfaction-none = Ainda sem nota
page-close = Fechar
page-add-after = Adicionar um momento depois deste
page-moment-gone = Alguém apagou este momento.
page-photo-of = Foto { $number } de “{ $name }”
page-photo-uploading = Enviando a foto…
page-photo-sent = Foto adicionada. Ela aparece aqui em instantes.
page-photo-failed = Não foi possível enviar a foto: { $reason }
page-photo-unreadable = Este arquivo não abre como imagem. Escolha uma foto JPEG, PNG ou WebP.

language-name = Português

## The drawing: markers, centre, legend

drawing-start = Início
drawing-end = Fim
drawing-centre = Satisfação do cliente
drawing-moment = Momento da verdade
drawing-satisfaction = Satisfação (1–5)
drawing-curve = Curva de satisfação

## Channels: names and explanations

channel-InPerson = Presencial
channel-InPerson-tip = Cara a cara, no próprio estabelecimento.
channel-Phone = Telefone
channel-Phone-tip = Uma ligação, do primeiro toque até a despedida.
channel-Web = Site
channel-Web-tip = As páginas da organização na internet.
channel-App = Aplicativo
channel-App-tip = O aplicativo de celular da organização.
channel-Email = E-mail
channel-Email-tip = Uma mensagem que o cliente envia ou recebe por e-mail.
channel-Chat = Chat
channel-Chat-tip = Uma conversa por escrito, em tempo real.
channel-SocialMedia = Redes sociais
channel-SocialMedia-tip = Publicações, comentários e mensagens nas redes sociais.
channel-Advertising = Publicidade
channel-Advertising-tip = Um anúncio que o cliente vê ou ouve.
channel-PointOfSale = Ponto de venda
channel-PointOfSale-tip = O balcão, a loja ou o quiosque onde o cliente compra.
channel-ProductUse = Uso do produto
channel-ProductUse-tip = O cliente usando o que comprou.
channel-WordOfMouth = Boca a boca
channel-WordOfMouth-tip = Alguém conta ao cliente sobre o serviço.
channel-Other = Outro
channel-Other-tip = Qualquer outro ponto de contato.

## Expectations: names and explanations

expectation-Warmth = Calor humano
expectation-Warmth-tip = Ser tratado com gentileza, como pessoa e não como número.
expectation-Speed = Rapidez e agilidade
expectation-Speed-tip = Ser atendido depressa, sem esperas desnecessárias.
expectation-Information = Informação correta e no momento certo
expectation-Information-tip = Receber informações exatas quando precisa delas.
expectation-Guarantees = Garantias e promessas cumpridas
expectation-Guarantees-tip = Que o prometido seja entregue, e que haja respaldo se algo falhar.
expectation-Advice = Orientação
expectation-Advice-tip = Ser orientado para a melhor escolha para si.

## Principles: names, badge letters and explanations

principle-Reliability = Confiabilidade
principle-Reliability-tip = Entregar exatamente o combinado, com profissionalismo e procedimentos claros.
principle-Reliability-badge = F
principle-Credibility = Credibilidade
principle-Credibility-tip = Cumprir os requisitos e comprovar isso com fatos.
principle-Credibility-badge = C
principle-Attractiveness = Atratividade
principle-Attractiveness-tip = Apresentação, embalagem e preço que atraem o cliente.
principle-Attractiveness-badge = A
principle-Agility = Agilidade
principle-Agility-tip = Respostas e informações rápidas e precisas.
principle-Agility-badge = G
principle-Interest = Interesse
principle-Interest-tip = Esclarecer as dúvidas e resolver os problemas do cliente.
principle-Interest-badge = I
principle-Teamwork = Trabalho em equipe com o cliente
principle-Teamwork-tip = Dar ao cliente as ferramentas e as novidades para que ele mesmo resolva seus problemas.
principle-Teamwork-badge = E

## Causes: names and explanations

cause-Apathy = Apatia
cause-Apathy-tip = Funcionários que não se importam se o cliente foi ajudado.
cause-BrushOff = Dispensa
cause-BrushOff-tip = Livrar-se do cliente em vez de ajudá-lo.
cause-Coldness = Frieza
cause-Coldness-tip = Um atendimento distante e pouco simpático.
cause-Superiority = Ar de superioridade
cause-Superiority-tip = Falar com o cliente de cima para baixo.
cause-Robotism = Atendimento robotizado
cause-Robotism-tip = O mesmo roteiro para todos, sem atenção à pessoa.
cause-Rulebook = Regulamento em primeiro lugar
cause-Rulebook-tip = Pôr as regras internas acima da necessidade do cliente.
cause-Evasion = Respostas evasivas
cause-Evasion-tip = Fugir de respostas claras ou empurrar o cliente para outro setor.
cause-BrokenPromise = Promessa não cumprida
cause-BrokenPromise-tip = Algo prometido que não foi entregue.
cause-Misinformation = Desinformação
cause-Misinformation-tip = Informação errada, incompleta ou contraditória.
cause-LongWait = Espera longa
cause-LongWait-tip = Esperar mais do que o cliente acha razoável.
cause-PoorCommunication = Falta de comunicação
cause-PoorCommunication-tip = O cliente não fica sabendo o que está acontecendo nem o que vem depois.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Avalie nosso atendimento”
evaluation-RateOurService-tip = Um convite rápido para o cliente dar uma nota ao serviço.
evaluation-SuggestionBox = Caixa de sugestões
evaluation-SuggestionBox-tip = Uma caixa ou formulário onde os clientes deixam ideias e observações.
evaluation-ServiceLine = Central de atendimento
evaluation-ServiceLine-tip = Uma linha telefônica dedicada a dúvidas e reclamações de clientes.
evaluation-Email = E-mail
evaluation-Email-tip = Um endereço para o qual os clientes escrevem à organização.
evaluation-ContactLink = Link de contato
evaluation-ContactLink-tip = Um formulário ou link de contato no site.
evaluation-Pqr = Pedidos, queixas e reclamações (PQR)
evaluation-Pqr-tip = Um canal formal para pedidos, queixas e reclamações.
evaluation-Survey = Pesquisa
evaluation-Survey-tip = Um questionário sobre a experiência do cliente.
evaluation-SocialMedia = Redes sociais
evaluation-SocialMedia-tip = Ouvir o que os clientes dizem nas redes sociais.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = este não é um arquivo de texto; um documento do Ciclo é texto UTF-8 no formato RON
problem-empty = o arquivo está vazio; crie um ciclo com `ciclo new -o ARQUIVO.ron`
problem-json = isto parece JSON; os documentos do Ciclo são RON e começam com `(` e `format: 1` (veja docs/FORMAT.md)
problem-unknown-field = campo desconhecido `{ $found }`{ $hint }; os campos válidos são { $valid }
problem-unknown-value = valor desconhecido `{ $found }`{ $hint }; os valores válidos são { $valid }
problem-did-you-mean = {" "}— você quis dizer `{ $name }`?
problem-missing-format = falta `format: 1` no início do documento
problem-missing-field = falta o campo obrigatório `{ $field }`
problem-duplicate-field = o campo `{ $field }` aparece duas vezes; mantenha só um
problem-wrong-type = esperava-se { $expected }, mas há { $found }
problem-expected = esperava-se { $expected }
problem-unexpected-end = o arquivo termina antes da hora; provavelmente falta um `)`, `]` ou `"` de fechamento
problem-trailing-text = há texto depois do `)` que fecha o documento; apague-o
problem-syntax = erro de sintaxe RON: { $detail }
problem-newer-format = este arquivo está no formato { $found }: foi criado por uma versão mais nova do Ciclo, e esta versão lê os formatos 1 a { $known }. Atualize o Ciclo para abri-lo
problem-bad-format = `format: { $found }` não existe; use `format: 1` (o Ciclo escreve 2 ou { $known } sozinho quando um ciclo precisa deles)
problem-duplicate-id = o id { $id } já é usado por outro momento; dê a cada momento um id próprio (ou remova `id` para que um seja atribuído)
problem-satisfaction = a satisfação { $score } está fora da faixa; use um número inteiro de 1 a 5, ou remova o campo
problem-target = a meta { $score } está fora da faixa; use um número inteiro de 1 a 5 (a satisfação que a melhoria busca), ou remova o campo
problem-date = { $field } { $found } não é uma data real; escreva-a como AAAA-MM-DD, por exemplo "2027-03-31", ou remova o campo
problem-angle-range = o ângulo { $angle } não é válido; use graus de 0 até 360 (sem incluir 360), ou remova `angle` para distribuí-lo por igual
problem-angle-order = o ângulo { $angle } não é maior que o do momento posicionado anterior ({ $previous }); os ângulos devem crescer ao longo do ciclo, ou remova `angle`
problem-empty-name = o momento não tem um nome visível (está vazio ou só tem espaços e caracteres invisíveis); dê um nome a ele
where-moment = momento { $number }
where-moment-named = momento { $number } “{ $name }”
where-field = campo `{ $field }`
expected-Id = um número inteiro positivo (1, 2, 3…) que nenhum outro momento use; ou remova `id` e o Ciclo atribui um
expected-StringEnd = o `"` que fecha este texto; falta uma aspa
expected-String = um texto entre aspas duplas, como "Bem-vindo"
expected-Score = um número inteiro de 1 a 5 (ou remova o campo)
expected-Integer = um número inteiro dentro da faixa
expected-Float = um número
expected-Boolean = `true` ou `false`
expected-List = uma lista entre colchetes, como [A, B]
expected-ListEnd = uma vírgula ou o `]` que fecha a lista
expected-StructStart = um `(` de abertura
expected-StructEnd = uma vírgula ou um `)` de fechamento
expected-Colon = dois-pontos depois do nome do campo
expected-Identifier = um nome sem aspas, como `InPerson` ou `Reliability`

## Reading a file

load-cannot-read = { $path }: não foi possível ler: { $error }
load-not-a-file = { $path }: isto é { $what }, não um arquivo; informe o caminho de um ciclo .ron
load-too-large = { $path }: o arquivo tem { $size } MiB; o Ciclo abre documentos de até { $max } MiB. É o arquivo certo?
special-Directory = uma pasta
special-Pipe = um pipe nomeado
special-Device = um dispositivo
special-Socket = um socket
special-Other = algo que não é um arquivo comum

## Saving and exporting

save-missing-folder = { $path }: não foi possível salvar: a pasta { $folder } não existe. Crie-a antes ou escolha outra pasta.
save-not-a-folder = { $path }: não foi possível salvar: { $folder } é um arquivo, não uma pasta. Escolha outra pasta.
save-exists = { $path } já existe; escolha outro nome ou acrescente --force para substituí-lo
save-broken-link = { $path } é um link para { $target }, que não existe; escolha outro nome, ou acrescente --force para gravar { $target }
save-is-the-input = { $path } é o arquivo de entrada; gravar ali o destruiria. Escolha outro nome para a saída.
save-not-regular = { $path } não é um arquivo comum (é um link, uma pasta ou um dispositivo), então o Ciclo não vai gravar ali. Apague-o ou tire-o dali e tente de novo.
save-unencodable = { $path }: não foi possível salvar: o estado da oficina não pôde ser gravado ({ $error }). Nada foi substituído; as alterações ficam na memória até o próximo salvamento.
save-io = { $path }: não foi possível salvar: { $error }.{ $previous ->
        [unchanged] {" "}O arquivo anterior continua intacto.
       *[new] {""}
    } Verifique se a pasta aceita gravação e se há espaço no disco, ou escolha outro lugar.
export-size = Não é possível gerar uma imagem de { $width }×{ $height } pixels: a largura e a altura devem ficar entre { $min } e { $max }. Escolha outro tamanho.
export-unknown-format = { $name }: não dá para saber em que formato gravar. Dê ao arquivo a extensão .png, .svg, .csv ou .xlsx.
export-render = Não foi possível desenhar a imagem ({ $detail }). Tente um tamanho menor ou o outro formato.
export-sheet = Não foi possível criar a planilha ({ $detail }).
# The moments as a spreadsheet (ciclo export X.ron -o moments.csv|.xlsx): the worksheet, its header, and the critical column.
sheet-title = Momentos
sheet-number = N.º
sheet-name = Momento
sheet-channel = Canal
sheet-critical = Crítico
sheet-satisfaction = Satisfação
sheet-target = Meta
sheet-votes = Votos
sheet-expectations = Expectativas
sheet-principles = Princípios
sheet-causes = Causas
sheet-improvement = Melhoria
sheet-owner = Responsável
sheet-due = Prazo
sheet-yes = Sim
sheet-no = Não

## The analysis (check --summary, the report, the window's Analysis)

moment = Momento
moments-of-truth = Momentos da verdade
critical-moments = Momentos críticos
average-satisfaction = Satisfação média
total = Total
decimal-separator = ,
moments-count = { $count ->
        [0] { $count } momentos
        [one] { $count } momento
       *[other] { $count } momentos
    }
critical-line = { $critical } de { $moments } ({ $percent }%)
average-line = { $average } de 5 ({ $scored } de { $moments } avaliados)
average-none = nenhum momento avaliado ({ $scored } de { $moments } avaliados)
missing-Improvement = sem ação de melhoria
missing-Owner = sem responsável
missing-Both = sem ação de melhoria e sem responsável
expectation-Warmth-short = Cordialidade
expectation-Speed-short = Rapidez
expectation-Information-short = Info
expectation-Guarantees-short = Garantias
expectation-Advice-short = Orientação
analysis-principles = Princípios por momento
analysis-expectations = Expectativas por momento
analysis-causes = Causas de insatisfação, por momentos afetados
analysis-no-causes = Nenhuma causa de insatisfação registrada.
analysis-missing-plans = Momentos críticos sem plano
analysis-all-planned = Todo momento crítico tem uma ação de melhoria e um responsável.
analysis-no-critical = Nenhum momento está marcado como crítico.
summary-no-moments = (nenhum momento)
summary-critical-moment = momento crítico

## A moment's card, the slides, the command line

critical-moment = Momento crítico
card-kicker = Momento { $number } de { $count } · { $channel }
why = Por quê
expectations = Expectativas
principles = Princípios
satisfaction = Satisfação
not-scored = Sem avaliação
standard = Padrão
improvement = Melhoria
owner = Responsável
slides-cycle = ciclo
slides-moment = momento
cli-new-cycle-title = Novo ciclo de serviço
cli-no-display = O Ciclo não conseguiu abrir sua janela: nenhuma tela gráfica respondeu. Abra-o a partir de uma sessão de área de trabalho, ou trabalhe sem janela: `ciclo export ARQUIVO.ron -o ARQUIVO.png` desenha um ciclo e `ciclo check ARQUIVO.ron` o verifica (veja `ciclo --help`).

## A linha de comando: seus erros, avisos e linhas de status

cli-error = erro: { $message }
cli-warning = aviso: { $message }
# Em português, "one" também vale para 0 (CLDR); por isso o [0].
cli-check-ok = { $file }: ok, { $moments ->
        [0] { $moments } momentos
        [one] { $moments } momento
       *[other] { $moments } momentos
    }, { $critical ->
        [0] { $critical } críticos
        [one] { $critical } crítico
       *[other] { $critical } críticos
    }
cli-names-dropped = { $dropped ->
        [one] o nome de { $dropped } dos { $moments } momentos não coube e ficou de fora
       *[other] os nomes de { $dropped } dos { $moments } momentos não couberam e ficaram de fora
    } (os nós numerados aparecem mesmo assim); exporte uma imagem maior com --width e --height para mostrar todos os nomes
cli-slides-written = { $output }: { $count ->
        [one] { $count } slide
       *[other] { $count } slides
    }
cli-no-help-topic = não há ajuda sobre `{ $topic }`; os tópicos são: { $topics }
cli-side-out-of-range = --{ $option } { $value } está fora do intervalo; use de { $min } a { $max } pixels
cli-photo-unusable = { $file }: { $where }: { $problem }; os slides dele mostram um espaço reservado no lugar
cli-no-template = não existe o modelo `{ $name }`; os modelos são: { $names }
cli-template-broken = não foi possível ler o modelo { $name }: { $error }
cli-not-workshop-url = { $url } não é o endereço de uma oficina: ele começa com http://, https://, ws:// ou wss://, como http://192.168.1.20:7420/cena?token=…
cli-no-window-build = este ciclo foi compilado sem a janela (o recurso `window` do cargo); compile-o com os recursos padrão para desenhar na janela, ou use um comando como `ciclo export`

# `ciclo serve` and `ciclo sync`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: cada sala recebe o nome do seu arquivo; use um nome de arquivo em UTF-8
cli-serve-same-name = há dois arquivos chamados { $name }; as salas recebem o nome do arquivo, então renomeie um deles
cli-serve-empty-token = --token está vazio; deixe-o de fora para receber um aleatório
cli-serve-no-token = não foi possível sortear um token ({ $error }); informe um com --token
cli-serve-cannot-listen = não é possível escutar em { $address }; talvez outro programa use a porta { $port }: escolha outra com --port
cli-serve-hosting = { $count ->
    [one] Hospedando uma sala. Os participantes entram com:
   *[other] Hospedando { $count } salas. Os participantes entram com:
}
cli-serve-firewall = Se os outros não conseguirem se conectar, libere a porta TCP { $port } no firewall deste computador.
cli-serve-view-only = Os navegadores só podem olhar (--view-only).
cli-serve-scan = Celulares e notebooks: escaneiem o código ou abram o endereço no navegador.
cli-serve-stop-hint = Aperte Ctrl+C para parar; os arquivos são gravados até 2 s depois de cada mudança e ao parar.
cli-serve-stopped = Parado; todas as salas estão salvas.
cli-serve-not-saved = Parado, mas a sala de { $file } não pôde ser salva por completo (o erro acima diz por quê), então podem faltar no arquivo as últimas alterações. Corrija isso e inicie o anfitrião de novo; o arquivo de estado da sala { $state } não foi apagado.
cli-serve-merged = { $file } foi editado enquanto nenhum anfitrião rodava; essas edições entram no estado salvo da oficina.
cli-serve-state-unreadable = não foi possível ler { $state } ({ $error }); a sala recomeça a partir de { $file }, então quem estava nela deve sair e entrar de novo.
cli-sync-cannot-read = { $file }: não é possível ler
cli-sync-refused = a oficina não deixou entrar: { $reason }
cli-sync-no-answer = { $url } não respondeu em 20 s; confira o endereço e se o anfitrião está rodando
cli-sync-seeded = A sala estava vazia: { $file } a preencheu.
cli-sync-follows = { $file } agora acompanha a sala.
cli-sync-photo-fetched = Foto trazida do anfitrião: { $file }
cli-sync-unrelated = A sala tem um ciclo diferente de { $file }: nenhum dos momentos dele está lá. Confira o nome da sala na URL; se quiser mesmo trocar o arquivo pela sala, acrescente --replace (uma cópia do arquivo fica guardada).
cli-sync-backup = { $file } vai mudar bastante: o conteúdo anterior fica guardado em { $backup }.
cli-sync-keeping = Mantendo { $file } em dia com { $url }; Ctrl+C para.
cli-sync-lost = A conexão caiu; reconectando (suas edições ficam guardadas)…
cli-sync-connected = Conectado de novo.
cli-sync-waiting = { $message }; aguardando o próximo salvamento
cli-sync-renumbered = O momento novo “{ $name }” é o momento { $id } na oficina (no arquivo era o { $old }).
io-NotFound = esse arquivo não existe; confira o nome e a pasta (`ciclo new -o ARQUIVO.ron` cria um ciclo)
io-PermissionDenied = sem permissão; peça acesso ao arquivo ou copie-o para uma pasta sua

## The window

menu-file = Arquivo
menu-edit = Editar
menu-view = Exibir
menu-language = Idioma
menu-help = Ajuda
shortcuts = Atalhos de teclado
about = Sobre o Ciclo
about-body = O Ciclo desenha ciclos de serviço: os momentos da verdade que um cliente vive, num mostrador de relógio, com os críticos destacados. Monte o ciclo com o mouse e o teclado, analise cada momento no inspetor e exporte a imagem para seus slides.
mouse-help = Mouse: arraste um momento pelo anel para movê-lo; clique duas vezes no anel para acrescentar um ali; arraste o espaço vazio ou use o botão do meio para deslocar a vista; Ctrl+roda aproxima e afasta.
close = Fechar
cmd-new = Novo
cmd-open = Abrir…
cmd-save = Salvar
cmd-save-as = Salvar como…
cmd-export = Exportar…
cmd-quit = Sair
cmd-undo = Desfazer
cmd-redo = Refazer
cmd-add = Adicionar momento
cmd-insert-after = Inserir depois do selecionado
cmd-delete = Excluir momento
cmd-distribute = Distribuir por igual
cmd-next = Selecionar o próximo
cmd-previous = Selecionar o anterior
cmd-earlier = Mover para antes
cmd-later = Mover para depois
cmd-zoom-in = Aproximar
cmd-zoom-out = Afastar
cmd-zoom-fit = Ajustar à janela
cmd-select-none = Não selecionar nada
cmd-canvas-only = Só a tela de desenho
tip-canvas-only = Esconde a lista de momentos e o inspetor para que o ciclo ocupe a janela inteira; de novo, eles voltam
a11y-moment = Momento { $number } de { $count }
a11y-critical = crítico
a11y-satisfaction = satisfação { $score } de 5
show-list = Lista de momentos
show-inspector = Inspetor
dropped-labels = Nomes omitidos
tip-dropped-labels = A imagem não tem espaço para todos os nomes. Aumente-a (Exportar), encurte os nomes ou divida o ciclo.
new-from-template = Novo a partir de modelo
recent-files = Arquivos recentes
no-recent = Nenhum arquivo recente
theme = Tema
light = Claro
dark = Escuro
tip-add = Acrescenta um novo momento da verdade no fim do ciclo
tip-insert-after = Insere um novo momento logo depois do selecionado (Insert)
tip-delete = Remove o momento selecionado (Delete); Desfazer o traz de volta
tip-distribute = Esquece as posições colocadas à mão e espaça os momentos por igual ao redor do anel
tip-zoom-fit = Mostra a imagem inteira (Ctrl+0)
tip-export = Salva a imagem do slide como PNG ou SVG
step-cycle = dados do ciclo
step-rename = renomear
step-moment = dados do momento
step-critical = marca de crítico
step-satisfaction = satisfação
step-add = adicionar momento
step-delete = excluir momento
step-reorder = reordenar
step-move = mover no anel
step-distribute = distribuir por igual
add = Adicionar
delete = Excluir
up = Subir
mark-critical = Marcar como crítico
unmark-critical = Não crítico
insert-short = Inserir depois
down = Descer
no-moments = Ainda não há momentos. Adicione um, ou clique duas vezes no anel.
canvas = Tela do ciclo de serviço
empty-hint = Clique duas vezes no anel ou em “Adicionar momento” para começar
drag-hint = Arraste pelo anel para movê-lo
name = Nome
description = Descrição
channel = Canal
expectations-2 = Expectativas do cliente
own-expectations = Outras expectativas
principles-2 = Princípios do bom atendimento
evaluation = Avaliação
critical-moment-2 = Momento da verdade crítico
causes = O que gera insatisfação
satisfaction-2 = Satisfação do cliente (1–5)
clear = Limpar
improvement-2 = Padrão e melhoria
standard-2 = Padrão de serviço
improvement-action = Ação de melhoria
notes = Observações
service-cycle = Ciclo de serviço
nothing-selected = Nenhum momento selecionado: estes são os dados do ciclo inteiro.
title = Título
organization = Organização
customer = Cliente
promise = Promessa de serviço
services = Pacotes de serviço
primary-services = Serviços principais
secondary-services = Serviços secundários
evaluation-mechanisms = Mecanismos de avaliação
document-language = Idioma do documento
add-item = + Adicionar
remove-item = Remover este item
new-item = Novo item
sat-very-low = 1: muito insatisfeito
sat-low = 2: insatisfeito
sat-mid = 3: neutro
sat-high = 4: satisfeito
sat-very-high = 5: muito satisfeito
zoom = Zoom
untitled = Sem título
unsaved = alterações não salvas
saved = Salvo
exported = Exportado
unsaved-title = Salvar as alterações?
unsaved-body = Este ciclo tem alterações que não foram salvas. Salvá-las antes?
dont-save = Não salvar
cancel = Cancelar
ok = OK
open-failed = Não foi possível abrir o arquivo
save-failed = Não foi possível salvar o ciclo
save-failed-hint = Suas alterações continuam aqui, sem salvar. Tente Salvar como… para escolher outra pasta.
export-failed = Não foi possível exportar a imagem
recover-title = Recuperar o trabalho não salvo?
recover-body = O Ciclo fechou inesperadamente da última vez. Uma cópia de recuperação do ciclo não salvo foi guardada.
restore = Recuperar
discard = Descartar
export-title = Exportar imagem
format = Formato
size = Tamanho
square = quadrado
custom = Personalizado
pixels = Largura × altura
width = Largura em pixels
height = Altura em pixels
background = Fundo
white = Branco
transparent = Transparente
export-hint = A tela mostra a imagem neste tamanho: o que você vê é o que vai obter.
tip-satisfaction-curve = Desenha a nota de satisfação de cada momento como uma curva dentro do anel, para mostrar onde a experiência cai.
tip-png = Uma imagem em bitmap, pronta para slides
tip-svg = Um desenho vetorial com texto editável
tip-csv = Os momentos como valores separados por vírgulas, um por linha
tip-xlsx = Os momentos como pasta de trabalho do Excel, um por linha
text-as-paths = Texto como contornos
tip-text-as-paths = Só SVG: o texto vira formas, e a imagem fica igual em qualquer computador, mesmo sem a fonte do Ciclo. Escolha para slides; o texto deixa de ser editável.
tip-moment = Um momento da verdade é qualquer instante em que o cliente entra em contato com o serviço (uma pessoa, uma ligação, uma página da web, uma placa) e julga sua qualidade.
tip-cycle = O ciclo de serviço é a sequência completa de momentos da verdade que um cliente vive para obter o serviço, desenhada em sentido horário num mostrador de relógio.
tip-name = Um nome curto para o momento, escrito ao lado do seu nó.
tip-description = O que acontece neste momento, visto pelo lado do cliente.
tip-channel = Como o cliente entra em contato com o serviço aqui: pessoalmente, por telefone, pela internet…
tip-expectations = O que o cliente espera receber neste momento.
tip-own-expectations = Expectativas com suas próprias palavras, além das cinco de sempre.
tip-critical = Um momento da verdade crítico é aquele em que as necessidades do cliente não são atendidas; o desenho o marca em vermelho, com um contorno mais grosso.
tip-causes = Por que o cliente sai insatisfeito deste momento.
tip-satisfaction = Quão satisfeitos os clientes estão com este momento, de 1 (muito insatisfeito) a 5 (muito satisfeito), por exemplo segundo uma pesquisa CSAT.
tip-clear-satisfaction = Remove a nota: ainda não foi medido.
tip-standard = O nível de serviço mensurável combinado para este momento, por exemplo “telefone atendido em até 3 toques”.
tip-improvement = O que será feito para melhorar este momento.
tip-owner = Quem é responsável pela melhoria.
tip-notes = Qualquer outra coisa que valha a pena lembrar sobre este momento.
tip-title = O título escrito no alto da imagem.
tip-organization = A empresa ou equipe que presta este serviço.
tip-cycle-description = O que este ciclo abrange e quem o montou.
tip-customer = Quem é o cliente: o cliente externo que paga, ou um colega interno que recebe o seu trabalho.
tip-promise = O que a organização promete a seus clientes; deve ser mensurável, para que se possa verificar se é cumprida.
tip-primary = O pacote de serviço principal: aquilo que o cliente realmente vem buscar.
tip-secondary = O pacote de serviço secundário: o que acompanha o serviço principal (estacionamento, Wi-Fi, café…).
tip-evaluation = Como a organização ouve seus clientes para avaliar o serviço e planejar melhorias.
tip-principles = Os princípios do bom atendimento que este momento põe à prova.
tip-evaluation-section = Como este momento está indo para o cliente: se falha com ele, por quê, e quão satisfeito ele fica.
tip-improvement-section = O nível de serviço combinado para este momento, e o que será feito para alcançá-lo.
tip-services = O que a organização oferece: o serviço principal que o cliente vem buscar, e o que vem junto.
tip-document-language = O idioma dos rótulos que a imagem acrescenta (Início, Fim, legenda).
cmd-present = Apresentar
tip-present = Mostra o ciclo em tela cheia, um momento de cada vez, para o grupo
cmd-analysis = Análise
tip-analysis = Contagens, satisfação, princípios e expectativas por momento, as causas de insatisfação e os momentos críticos sem plano
cmd-new-from-template = Novo a partir de modelo…
tip-new-from-template = Começar de um dos ciclos de exemplo
cmd-export-report = Exportar relatório…
tip-export-report = Grava o relatório da oficina (HTML ou Markdown): a imagem, cada momento, a análise e o plano de melhorias
cmd-export-slides = Exportar slides…
tip-export-slides = Grava um slide para o ciclo inteiro e um por momento, como imagens PNG de 1920×1080 numa pasta
present-hint = Seta para a direita ou Espaço: avançar  ·  Seta para a esquerda: voltar  ·  Esc: sair
present-exit = Sair da apresentação (Esc)
present-cycle = O ciclo inteiro
analysis-title = Análise do ciclo
an-empty = Adicione momentos da verdade para ver a análise.
scored-line = ({ $scored } de { $moments } avaliados)
an-no-score = nenhum momento avaliado ainda
an-missing-plans = Momentos críticos sem um plano completo
an-click-to-select = Clique para selecionar este momento no editor
an-causes = Causas de insatisfação, por momentos atingidos
an-no-causes = Nenhuma causa de insatisfação registrada ainda.
an-principles = Momentos × princípios do bom atendimento
an-expectations = Momentos × expectativas do cliente
gallery-hint = Cada modelo é um ciclo realista para adaptar. Ele abre como um ciclo novo, ainda não salvo.
report-written = Relatório gravado:
report-failed = Não foi possível gravar o relatório
slides-written = Slides gravados:
slides-failed = Não foi possível gravar os slides
critical-count = { $count ->
        [0] { $count } críticos
        [one] { $count } crítico
       *[other] { $count } críticos
    }

## File dialogs, new moments

dialogs-open-service-cycle = Abrir ciclo de serviço
dialogs-save-service-cycle = Salvar ciclo de serviço
dialogs-export-report = Exportar relatório
dialogs-slides-folder = Escolha uma pasta para os slides
default-moment-name = Momento { $number }

## The window: commands, palette, themes

cmd-open-recent = Abrir arquivo recente
cmd-rename = Renomear momento
tip-rename = Leva o cursor ao nome do momento selecionado (F2)
cmd-palette = Paleta de comandos…
tip-palette = Encontre qualquer comando digitando parte do nome (Ctrl+Shift+P)
palette-hint = Digite para encontrar um comando
palette-nothing = Nenhum comando tem esse nome
cmd-dismiss = Fechar ou desmarcar
tip-dismiss = Fecha a janela ou o diálogo de cima; se não houver nenhum, desfaz a seleção (Esc)
high-contrast = Alto contraste

## The workshop report

report-about = Sobre o ciclo
report-picture = O ciclo
report-own-words = nas palavras do cliente
report-critical = Crítico
report-yes = sim
report-no = não
report-causes = Causas de insatisfação
report-not-scored = sem avaliação
report-plan = Plano de melhorias
report-plan-order = Primeiro os momentos críticos (marcados com !), depois os demais, cada grupo na ordem do ciclo.
report-no-plan = Nenhum momento tem ainda uma ação de melhoria.
report-action = Ação
report-count = Momentos
report-cause = Causa
report-unknown-format = não dá para saber o formato do relatório { $path }; dê ao arquivo a extensão .md ou .html
report-picture-failed = não foi possível desenhar a imagem do relatório: { $error }

## Oficinas ao vivo
menu-workshop = Oficina
cmd-host-workshop = Conduzir uma oficina
tip-host-workshop = Deixa as pessoas desta rede editarem este ciclo com você, ao vivo, do próprio Ciclo
cmd-join-workshop = Entrar numa oficina…
tip-join-workshop = Edite um ciclo que outra pessoa conduz, junto com o restante do grupo
cmd-leave-workshop = Sair da oficina
tip-leave-workshop = Para de editar em grupo; o ciclo continua aberto aqui como documento não salvo
ws-live = Ao vivo
ws-people = { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }
ws-connected = conectado
ws-connecting = conectando
ws-reconnecting = reconectando
ws-refused = recusado
ws-host-failed = Não foi possível conduzir a oficina
ws-join-failed = Não foi possível entrar na oficina
ws-name-title = Seu nome
ws-name-hint = Os outros o verão ao lado do que você selecionar; sua cor vem dele.
ws-join-title = Entrar numa oficina
ws-join-hint = Cole o endereço que a pessoa que conduz mostra (começa com http:// ou ws://):
ws-join = Entrar
ws-panel-title = Entre nesta oficina
ws-panel-hint = Celulares e notebooks: escaneiem o código ou digitem o endereço no navegador. Janelas do Ciclo: Oficina > Entrar numa oficina… e colem o endereço.
ws-copy = Copiar o endereço
ws-token = Chave
ws-firewall = Se ninguém conseguir se conectar, libere o Ciclo (porta TCP { $port }) no firewall deste computador.
ws-browsers-edit-tip = Desmarque para que celulares e navegadores só possam olhar o ciclo; as janelas do Ciclo continuam podendo editar.
ws-browsers-edit = Quem entra pelo navegador pode editar
ws-qr-label = Código QR do endereço da oficina: aponte a câmera do celular para entrar
ws-participants = Participantes
ws-you = você
ws-show-panel = Mostrar o endereço para entrar
ws-on-moment = { $name } está com este momento selecionado
## Photos and decks

step-photos = fotos
photos-heading = Fotos
photo-add = Adicionar foto…
photo-add-tip = Adicione fotos deste momento (JPEG, PNG ou WebP); também pode arrastá-las para o momento ou para cá
photo-caption = Legenda
photo-earlier = Subir esta foto
photo-later = Descer esta foto
photo-remove-tip = Tirar esta foto do momento (o arquivo continua no disco)
photo-remove = Tirar
photo-loading = carregando…
photo-filter = Imagens
photo-word = Foto
cmd-export-pdf = Exportar apresentação PDF…
cmd-export-pdf-tip = Grava todos os slides num único PDF, com texto de verdade e as fotos, pronto para mandar por e-mail
cmd-export-pptx = Exportar apresentação PowerPoint…
cmd-export-pptx-tip = Grava todos os slides num arquivo do PowerPoint (.pptx), com títulos e notas do apresentador
deck-written = Apresentação gravada:
deck-dialog-title = Exportar apresentação
photo-not-found = foto não encontrada
photo-unreadable = não foi possível ler a foto
photo-not-a-file = isto não é um arquivo
photo-too-large = { $mp } megapixels, acima do limite de { $max }; salve uma cópia menor
photo-broken = não é uma imagem JPEG, PNG ou WebP
photo-not-loaded = foto não carregada
exporting = Gravando { $path }… { $seconds } s
exporting-then-closing = Gravando { $path }… { $seconds } s. O Ciclo fecha assim que terminar.
export-stopped = A exportação parou antes de terminar; tente de novo.

## A ajuda da linha de comando (`ciclo --help`, `ciclo COMMAND --help`) e os erros de uso.
## help-COMMAND é o resumo de um comando; help-COMMAND-ARG, o texto de um argumento ou opção;
## help-any-ARG vale para todos os comandos que têm ARG.
help-ciclo = Ciclo: crie ciclos de serviço, os diagramas em forma de relógio com os momentos da verdade que um cliente vive.
help-ciclo-long = Ciclo: crie ciclos de serviço, os diagramas em forma de relógio com os momentos da verdade que um cliente vive.

    Sem comando (ou com um arquivo .ron), abre a janela do editor.

    O Ciclo usa o idioma do sistema se o conhecer (inglês, espanhol, russo, português); CICLO_LANG=es (ou en, ru, pt) escolhe outro.
help-ciclo-file = Um ciclo para abrir na janela.
help-export = Desenha um ciclo como imagem PNG ou SVG, ou grava seus momentos numa planilha CSV ou XLSX.
help-export-output = O arquivo de saída: .png ou .svg (a imagem), .csv ou .xlsx (uma linha por momento).
help-export-background = white (o padrão), transparent ou uma cor no formato #rrggbb.
help-any-satisfaction_curve = Desenha a curva de satisfação dentro do anel.
help-export-text_as_paths = Só SVG: grava o texto como contornos, para que o arquivo fique idêntico ao PNG em qualquer computador (bom para slides); depois disso, o texto não pode mais ser editado.
help-check = Verifica ciclos: uma linha por arquivo; sai com código 1 se algum for inválido.
help-check-files = Os ciclos (.ron).
help-check-summary = Mostra também a análise de cada ciclo válido: proporção de momentos críticos, satisfação média, princípios e expectativas por momento, causas de insatisfação e momentos críticos sem plano.
help-report = Grava o relatório da oficina: dados do ciclo, imagem, cada momento, análise e plano de melhorias, em Markdown (com o PNG ao lado) ou num único HTML autossuficiente.
help-report-output = O relatório de saída: .md ou .html.
help-new = Cria um ciclo novo, vazio ou a partir de um modelo.
help-new-output = O arquivo a ser criado.
help-new-template = Um modelo (veja `ciclo templates`).
help-new-lang = Idioma do ciclo novo: en, es, ru ou pt (por padrão, o que o Ciclo usa: o de CICLO_LANG ou o do sistema).
help-new-force = Substitui o arquivo se ele já existir.
help-templates = Lista os modelos.
help-help = Explica um comando (`ciclo help export`) ou o formato do arquivo de ciclo (`ciclo help format`).
help-help-topic = Um comando, ou `format`.
help-serve = Conduz uma oficina ao vivo: uma sala por ciclo, na qual os participantes entram pelo próprio Ciclo (ou por qualquer cliente Yjs) na mesma rede; cada arquivo é gravado à medida que muda.
help-serve-files = Os ciclos (.ron); cada sala recebe o nome do seu arquivo.
help-serve-port = A porta TCP em que escutar (7420 por padrão).
help-serve-bind = O endereço em que escutar (por padrão, todos os deste computador: 0.0.0.0).
help-serve-token = O token que os participantes precisam informar (por padrão, 10 letras e números aleatórios, fáceis de ler no projetor).
help-serve-view_only = Os navegadores só podem olhar: quem entra pela página de participante vê o ciclo ao vivo, mas não pode alterá-lo. As janelas do Ciclo continuam podendo editar.
help-sync = Mantém um arquivo de ciclo em sincronia com uma sala de oficina, nos dois sentidos e sem janela: as mudanças da sala são gravadas no arquivo, e o que for salvo no arquivo chega à sala.
help-sync-url = O endereço da sala, como o anfitrião mostra: http://HOST:PORT/ROOM?token=… (ws://, wss:// e https:// também servem).
help-sync-file = O ciclo (.ron); se a sala estiver vazia, ele a preenche.
help-sync-ca = Para wss://: confia também nas autoridades certificadoras deste arquivo PEM (para um servidor com certificado de uma CA privada). SSL_CERT_FILE, quando definida, também é considerada confiável.
help-sync-replace = Aceita a sala mesmo que ela tenha um ciclo diferente do arquivo (o arquivo é guardado como ARQUIVO.bak).
help-join = Abre a janela já conectada a uma oficina ao vivo (como faz Oficina ▸ Entrar numa oficina…).
help-join-url = O endereço da sala, como mostrado por quem conduz a oficina: http://HOST:PORT/ROOM?token=… (ws://, wss:// e https:// também servem).
help-slides = Grava os slides de uma apresentação: o ciclo e depois um slide por momento, como apresentação PDF (-o deck.pdf), apresentação do PowerPoint (-o deck.pptx) ou uma pasta de PNGs (-o folder).
help-slides-output = A apresentação de saída: um arquivo .pdf ou .pptx, ou uma pasta para os PNGs (criada se não existir).
help-any-file = O ciclo (.ron).
help-any-width = Largura em pixels (1920 por padrão).
help-any-height = Altura em pixels (1080 por padrão).
help-any-help = Mostra esta ajuda.
help-any-version = Mostra a versão do Ciclo.
help-usage = Uso:
help-arguments = Argumentos:
help-options = Opções:
help-commands = Comandos:
cli-usage-unknown-argument = { $arg } não é uma opção deste comando
cli-usage-did-you-mean = você quis dizer { $suggestion }?
cli-usage-unknown-command = não existe o comando `{ $name }`
cli-usage-invalid-value = { $arg } não aceita o valor { $value }; aceita: { $valid }
cli-usage-bad-value = { $value } não é um valor válido para { $arg }
cli-usage-bad-background = { $value } não serve como fundo para { $arg }: use white, transparent ou uma cor no formato #rrggbb (seis dígitos hexadecimais, como #f0f0f0)
cli-usage-not-a-number = { $value } não é um valor para { $arg }: é preciso um número inteiro
cli-usage-missing = este comando precisa de { $args }
cli-usage-conflict = { $arg } não pode ser usado junto com { $other }
cli-usage-other = não foi possível entender a linha de comando: { $detail }
cli-usage-more = Para ver o que o comando aceita: { $command } --help
# The inspector: the improvement plan's target and due date, the cover's authors and date.
inspector-target = Satisfação meta
tip-target = A satisfação que a melhoria busca, de 1 a 5 (a nota desejada).
tip-clear-target = Remover a meta.
inspector-due = Prazo
tip-due = Quando a melhoria deve estar pronta, como AAAA-MM-DD.
inspector-authors = Autores
tip-authors = Quem fez este ciclo, para a capa da apresentação.
inspector-date = Data
tip-cycle-date = A data da capa, como AAAA-MM-DD.
inspector-date-hint = AAAA-MM-DD
inspector-not-a-date = Não é uma data real, por isso não é guardada: escreva-a como AAAA-MM-DD, por exemplo 2027-03-31.
