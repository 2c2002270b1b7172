import '@xyflow/react/dist/style.css';
import { Alert, Paper, Text } from '@mantine/core';
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  type Connection,
  Controls,
  type Edge,
  type EdgeChange,
  Handle,
  MarkerType,
  type Node,
  type NodeChange,
  type NodeProps,
  Position,
  ReactFlow,
  useReactFlow,
  ViewportPortal,
} from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ElementView, type ImpactModelView, LAYERS, type Layer } from '../../../shared/impact-model.js';
import { impactModel as api } from '../../api/impact-model.js';
import { errorMessage } from '../../lib/errors.js';
import { useLocale } from '../../lib/useLocale.js';
import { elementsOf, useModel } from './model.js';

const NODE_WIDTH = 230;
const COLUMN_GAP = 90;
const HEADER = 64;
const ROW_GAP = 18;
const LANE_PADDING = 14;
const CHARS_PER_LINE = 27;

type ElementNodeData = { element: ElementView; canEdit: boolean; meta: string | null };
type ElementNode = Node<ElementNodeData, 'element'>;

/** Lines a title takes in a node, as the node's CSS wraps it (a generous estimate, so that nodes never overlap). */
function lineCount(title: string): number {
  let lines = 1;
  let line = 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && line + 1 + word.length > CHARS_PER_LINE) {
      lines++;
      line = word.length;
    } else line = line ? line + 1 + word.length : word.length;
  }
  return lines;
}

const columnX = (layer: Layer) => LAYERS.indexOf(layer) * (NODE_WIDTH + COLUMN_GAP);

function ElementNodeView({ data }: NodeProps<ElementNode>) {
  const { element, canEdit, meta } = data;
  return (
    <div className={`im-node im-node--${element.layer}`}>
      {element.layer !== 'activity' ? <Handle type="target" position={Position.Left} isConnectable={canEdit} /> : null}
      <div className="im-node__title">{element.title}</div>
      {meta ? <div className="im-node__meta">{meta}</div> : null}
      {element.layer !== 'impact' ? <Handle type="source" position={Position.Right} isConnectable={canEdit} /> : null}
    </div>
  );
}

const nodeTypes = { element: ElementNodeView };
const FIT = { padding: 0.06, maxZoom: 1 };

/** Fits the whole model in view again when elements come or go (React Flow fits only on its first render). */
function FitOnChange({ count }: { count: number }) {
  const flow = useReactFlow();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fitting again is wanted each time the number of elements changes; the effect need not read it
  useEffect(() => {
    const frame = requestAnimationFrame(() => void flow.fitView(FIT));
    return () => cancelAnimationFrame(frame);
  }, [count, flow]);
  return null;
}

function buildGraph(
  model: ImpactModelView,
  canEdit: boolean,
  text: { node: (e: ElementView) => string; edge: (from: string, to: string) => string; meta: (e: ElementView) => string | null },
) {
  const nodes: ElementNode[] = [];
  let tallest = 0;
  for (const layer of LAYERS) {
    let y = HEADER;
    for (const element of elementsOf(model, layer)) {
      const meta = text.meta(element);
      const height = 22 + lineCount(element.title) * 19 + (meta ? 22 : 0);
      nodes.push({
        id: element.id,
        type: 'element',
        position: { x: columnX(layer), y },
        width: NODE_WIDTH,
        height,
        data: { element, canEdit, meta },
        draggable: false,
        deletable: false,
        connectable: canEdit,
        ariaLabel: text.node(element),
      });
      y += height + ROW_GAP;
    }
    tallest = Math.max(tallest, y);
  }
  const titles = new Map(model.elements.map((e) => [e.id, e.title]));
  const edges: Edge[] = model.links.map((link) => ({
    id: link.id,
    source: link.fromId,
    target: link.toId,
    deletable: canEdit,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#495057' },
    ariaLabel: text.edge(titles.get(link.fromId) ?? '', titles.get(link.toId) ?? ''),
  }));
  return { nodes, edges, laneHeight: Math.max(tallest, HEADER + 80) + LANE_PADDING };
}

/**
 * The model as a diagram (React Flow): a column per layer, an arrow per link. Dragging from an
 * element's right-hand dot to an element in the next column asks the server for the link; its
 * refusal (a skipped column, a link backwards) is shown above the canvas.
 */
export function DiagramView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { projectId, model, canEdit, run, announce } = useModel();
  const [error, setError] = useState<unknown>(undefined);
  const graph = useMemo(
    () =>
      buildGraph(model, canEdit, {
        node: (e) => t('impactModel.diagram.nodeLabel', { layer: t(`impactModel.layers.${e.layer}`), title: e.title }),
        edge: (from, to) => t('impactModel.diagram.edgeLabel', { from, to }),
        meta: (e) =>
          e.layer !== 'outcome'
            ? null
            : e.indicators.length
              ? t('impactModel.diagram.indicatorCount', { count: e.indicators.length })
              : t('impactModel.diagram.noIndicator'),
      }),
    [model, canEdit, t],
  );
  // React Flow keeps selection and measurements in the nodes and edges it is given: keep them in state, renewed with the model
  const [nodes, setNodes] = useState<ElementNode[]>(graph.nodes);
  const [edges, setEdges] = useState<Edge[]>(graph.edges);
  useEffect(() => {
    setNodes(graph.nodes);
    setEdges(graph.edges);
  }, [graph]);

  const title = (id: string) => model.elements.find((e) => e.id === id)?.title ?? '';

  const onConnect = async (connection: Connection) => {
    setError(undefined);
    try {
      await run(() => api.addLink(projectId, { fromId: connection.source, toId: connection.target }));
      announce(t('impactModel.announce.linked', { from: title(connection.source), to: title(connection.target) }));
    } catch (err) {
      setError(err);
    }
  };

  const onEdgesDelete = async (deleted: Edge[]) => {
    setError(undefined);
    try {
      for (const edge of deleted) {
        await run(() => api.removeLink(projectId, edge.id));
        announce(t('impactModel.announce.unlinked', { from: title(edge.source), to: title(edge.target) }));
      }
    } catch (err) {
      setError(err);
    }
  };

  const a11y = {
    'node.a11yDescription.default': t('impactModel.diagram.a11y.node'),
    'node.a11yDescription.keyboardDisabled': t('impactModel.diagram.a11y.nodeKeyboard'),
    'edge.a11yDescription.default': t('impactModel.diagram.a11y.edge'),
    'controls.ariaLabel': t('impactModel.diagram.a11y.controls'),
    'controls.zoomIn.ariaLabel': t('impactModel.diagram.a11y.zoomIn'),
    'controls.zoomOut.ariaLabel': t('impactModel.diagram.a11y.zoomOut'),
    'controls.fitView.ariaLabel': t('impactModel.diagram.a11y.fitView'),
    'controls.interactive.ariaLabel': t('impactModel.diagram.a11y.interactive'),
    'minimap.ariaLabel': t('impactModel.diagram.a11y.minimap'),
    'handle.ariaLabel': t('impactModel.diagram.a11y.handle'),
  };

  if (model.elements.length === 0) {
    return (
      <Paper withBorder radius="md" p="xl" bg="gray.0" ta="center">
        <Text c="dimmed">{t('impactModel.diagram.empty')}</Text>
      </Paper>
    );
  }
  return (
    <div className="im-diagram">
      <Text fz="sm" c="dimmed" mb="xs" id="diagram-hint">
        {canEdit ? t('impactModel.diagram.hint') : t('impactModel.diagram.hintReadOnly')}
      </Text>
      {error ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('impactModel.diagram.refused')}
          mb="sm"
          withCloseButton
          onClose={() => setError(undefined)}
          closeButtonLabel={t('common.close')}
        >
          <Text fz="sm" c="dark.9">
            {errorMessage(error, locale)}
          </Text>
        </Alert>
      ) : null}
      <div className="im-diagram__canvas" style={{ height: Math.round(Math.min(680, Math.max(360, graph.laneHeight * 0.85 + 70))) }}>
        <ReactFlow<ElementNode, Edge>
          aria-label={t('impactModel.diagram.label')}
          aria-describedby="diagram-hint"
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={(changes: NodeChange<ElementNode>[]) => setNodes((current) => applyNodeChanges(changes, current))}
          onEdgesChange={(changes: EdgeChange<Edge>[]) =>
            setEdges((current) =>
              applyEdgeChanges(
                changes.filter((c) => c.type !== 'remove'),
                current,
              ),
            )
          }
          onConnect={(c) => void onConnect(c)}
          onEdgesDelete={(deleted) => void onEdgesDelete(deleted)}
          nodesDraggable={false}
          nodesConnectable={canEdit}
          deleteKeyCode={canEdit ? ['Backspace', 'Delete'] : null}
          fitView
          fitViewOptions={FIT}
          minZoom={0.3}
          maxZoom={1.8}
          ariaLabelConfig={a11y}
          proOptions={{ hideAttribution: true }}
        >
          <ViewportPortal>
            {LAYERS.map((layer) => (
              <div
                key={layer}
                className={`im-lane im-lane--${layer}`}
                style={{ transform: `translate(${columnX(layer) - LANE_PADDING}px, 0px)`, width: NODE_WIDTH + 2 * LANE_PADDING, height: graph.laneHeight }}
              >
                <div className="im-lane__title">{t(`impactModel.layers.${layer}`)}</div>
              </div>
            ))}
          </ViewportPortal>
          <Background gap={24} size={1} color="#d5dae1" />
          <Controls showInteractive={false} />
          <FitOnChange count={model.elements.length} />
        </ReactFlow>
      </div>
    </div>
  );
}
